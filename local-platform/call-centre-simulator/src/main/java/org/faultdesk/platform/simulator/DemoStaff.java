package org.faultdesk.platform.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The people the demo adds to what the services' own demo migrations hold, through the services'
 * REST APIs, so that running the demo again changes nothing: the one technician of the
 * short-staffed area (dispatch answers 409 {@code technician-exists} the second time), and the
 * supervisors of the demo's extra areas with their on-call lines (a person is a PUT; a roster line
 * is added only when no equal line is there).
 *
 * <p>The areas with nobody ({@code GZ-BAIYUN-02}, {@code SZ-FUTIAN-01}) get team leads but no
 * technician: their tickets wait and climb the ladder. Foshan gets a duty manager but no area
 * manager, so its escalations show the fallback to province operations (ADR 0041).
 */
public final class DemoStaff {

    /** dispatch-service's registration body. */
    public record Technician(String id, String name, String maintenanceCompany, boolean outsourced, String teamId,
                             List<String> areaCodes, List<String> skills, String shiftSchedule, int maxOpenOrders) {
    }

    /** notification-service's person body. */
    public record Person(String id, String name, String email, String phone, String language) {
    }

    /** notification-service's roster line body: daily from {@code startsAt} to {@code endsAt}, Asia/Shanghai. */
    public record ShiftLine(String personId, String role, String areaCode, String teamId, LocalTime startsAt, LocalTime endsAt) {

        /** Whether a line notification-service lists is this one (its id and dates aside). */
        public boolean sameAs(JsonNode listed) {
            return personId.equals(listed.path("personId").asText())
                    && role.equals(listed.path("role").asText())
                    && areaCode.equals(listed.path("areaCode").asText())
                    && Objects.equals(teamId, listed.hasNonNull("teamId") ? listed.get("teamId").asText() : null)
                    && startsAt.equals(LocalTime.parse(listed.path("startsAt").asText()))
                    && endsAt.equals(LocalTime.parse(listed.path("endsAt").asText()));
        }
    }

    private static final LocalTime MIDNIGHT = LocalTime.MIDNIGHT;

    public static final List<Technician> TECHNICIANS = List.of(
            new Technician("T-FS-001", "潘辉 Pan Hui (demo)", "Foshan Xinda 代维 (outsourced, demo)", true,
                    "FS-CHANCHENG-MIX", List.of(DemoAreas.FS_CHANCHENG_01.code()),
                    List.of("HOME_BROADBAND", "INTERNET_LEASED_LINE", "DATA_LEASED_LINE", "VOICE_LEASED_LINE",
                            "APN_PRIVATE_LINE", "GROUP_SMS_MMS"),
                    "MON-SUN 00:00-24:00", 1));

    public static final List<Person> SUPERVISORS = List.of(
            new Person("P-GZ-TL-03", "周杰 (demo)", "tl.baiyun@demo.faultdesk.example", "+8613800000103", "zh-CN"),
            new Person("P-SZ-TL-02", "Grace Wu (demo)", "tl.futian@demo.faultdesk.example", "+8613800000112", "en"),
            new Person("P-FS-TL-01", "何静 (demo)", "tl.chancheng@demo.faultdesk.example", "+8613800000121", "zh-CN"),
            new Person("P-FS-DM-01", "梁国栋 (demo)", "duty.fs@demo.faultdesk.example", "+8613800000221", "zh-CN"));

    public static final List<ShiftLine> SHIFTS = List.of(
            new ShiftLine("P-GZ-TL-03", "TEAM_LEAD", DemoAreas.GZ_BAIYUN_02.code(), null, MIDNIGHT, MIDNIGHT),
            new ShiftLine("P-SZ-TL-02", "TEAM_LEAD", DemoAreas.SZ_FUTIAN_01.code(), null, MIDNIGHT, MIDNIGHT),
            new ShiftLine("P-FS-TL-01", "TEAM_LEAD", DemoAreas.FS_CHANCHENG_01.code(), "FS-CHANCHENG-MIX", MIDNIGHT, MIDNIGHT),
            new ShiftLine("P-FS-DM-01", "DUTY_MANAGER", "FS", null, MIDNIGHT, MIDNIGHT));

    private final Http http;
    private final String dispatchUrl;
    private final String notificationUrl;

    DemoStaff(Http http, String dispatchUrl, String notificationUrl) {
        this.http = http;
        this.dispatchUrl = dispatchUrl;
        this.notificationUrl = notificationUrl;
    }

    /** Registers what is missing; says what it did. */
    void load(PrintStream out) throws IOException {
        int technicians = 0;
        for (Technician technician : TECHNICIANS) {
            Http.Reply reply = http.post(dispatchUrl + "/technicians", technician, Map.of());
            if (reply.ok()) {
                technicians++;
            } else if (reply.status() != 409) {
                throw new IOException("dispatch-service refused demo technician " + technician.id() + ": " + reply.problem());
            }
        }
        for (Person person : SUPERVISORS) {
            Http.Reply reply = http.put(notificationUrl + "/api/v1/people/" + person.id(), person);
            if (!reply.ok()) {
                throw new IOException("notification-service refused demo person " + person.id() + ": " + reply.problem());
            }
        }
        int shifts = 0;
        for (ShiftLine line : missing(listedShifts())) {
            Http.Reply reply = http.post(notificationUrl + "/api/v1/on-call-shifts", line, Map.of());
            if (!reply.ok()) {
                throw new IOException("notification-service refused an on-call line for " + line.personId() + ": " + reply.problem());
            }
            shifts++;
        }
        out.printf("demo staff: %d technician(s) and %d on-call line(s) added, %d supervisors up to date "
                + "(the rest was there already)%n", technicians, shifts, SUPERVISORS.size());
    }

    private List<JsonNode> listedShifts() throws IOException {
        Http.Reply reply = http.get(notificationUrl + "/api/v1/on-call-shifts");
        if (!reply.ok()) {
            throw new IOException("notification-service did not list its roster: " + reply.problem());
        }
        List<JsonNode> lines = new ArrayList<>();
        Http.tree(reply).forEach(lines::add);
        return lines;
    }

    /** The demo's roster lines that are not among {@code listed}. */
    static List<ShiftLine> missing(List<JsonNode> listed) {
        return SHIFTS.stream().filter(line -> listed.stream().noneMatch(line::sameAs)).toList();
    }
}
