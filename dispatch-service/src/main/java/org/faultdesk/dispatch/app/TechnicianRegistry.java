package org.faultdesk.dispatch.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.faultdesk.dispatch.domain.Technician;
import org.faultdesk.support.problem.ProblemException;
import org.jboss.logging.Logger;

/** The technicians dispatch may send: who they are, where and what they cover, when they work. */
@ApplicationScoped
public class TechnicianRegistry {

    private static final Logger LOG = Logger.getLogger(TechnicianRegistry.class);

    @Inject
    DispatchWorker worker;

    @Transactional
    public List<Technician> list(String areaCode, String skill) {
        return Technician.<Technician>listAll().stream()
                .filter(t -> areaCode == null || t.areaCodeSet().contains(areaCode))
                .filter(t -> skill == null || t.skillSet().stream().anyMatch(s -> s.name().equals(skill)))
                .sorted((a, b) -> a.id.compareTo(b.id))
                .toList();
    }

    @Transactional
    public Technician get(String id) {
        Technician technician = Technician.findById(id);
        if (technician == null) {
            throw new ProblemException(404, "technician-not-found", "Technician not found", "no technician " + id);
        }
        return technician;
    }

    /** Registers a technician; someone new may take waiting work at once. */
    @Transactional
    public Technician register(Technician technician) {
        if (Technician.findById(technician.id) != null) {
            throw new ProblemException(409, "technician-exists", "Technician already registered",
                    "technician " + technician.id + " already exists");
        }
        technician.persist();
        LOG.infof("technician %s registered (team %s, areas %s)", technician.id, technician.teamId, technician.areaCodes);
        worker.wakeAfterCommit();
        return technician;
    }

    /** On or off duty. Going off duty keeps the orders already held; it only stops new ones. */
    @Transactional
    public Technician setOnDuty(String id, boolean onDuty) {
        Technician technician = get(id);
        technician.onDuty = onDuty;
        LOG.infof("technician %s is now %s duty", id, onDuty ? "on" : "off");
        if (onDuty) {
            worker.wakeAfterCommit();
        }
        return technician;
    }
}
