package org.faultdesk.dispatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.faultdesk.platform.test.TestIdentity.dispatcher;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.faultdesk.dispatch.Fixture;
import org.faultdesk.events.CustomerTier;
import org.faultdesk.events.ServiceType;
import org.junit.jupiter.api.Test;

/**
 * Two dispatchers, one database: what keeps a work order from being assigned twice and a
 * technician from holding more than allowed is the database itself, whatever the dispatchers
 * believed when they ranked the technicians.
 */
@QuarkusTest
class ConcurrentDispatchTest {

    static final int TECHNICIANS = 6;
    static final int MAX_OPEN_ORDERS = 3;
    static final int WORK_ORDERS = 40;

    @Inject
    Dispatcher dispatcher;

    @Inject
    TicketFollower follower;

    @Inject
    EntityManager entityManager;

    @Test
    void concurrentDispatchersFillEverySlotOnceAndNeverMore() throws Exception {
        Fixture fixture = new Fixture();
        for (int i = 0; i < TECHNICIANS; i++) {
            fixture.technician("T" + i, i % 2 == 0, MAX_OPEN_ORDERS, false);
        }
        for (int i = 0; i < WORK_ORDERS; i++) {
            boolean leasedLine = i % 3 == 0;
            follower.opened(fixture.fault(Fixture.ticketId(), leasedLine ? CustomerTier.AAA : CustomerTier.ORDINARY,
                    leasedLine ? ServiceType.INTERNET_LEASED_LINE : ServiceType.HOME_BROADBAND));
        }
        // Let the service's worker finish saying that they all wait, so that no pass is half-way
        // through an order with the technicians still off duty when the race starts.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(count(
                "select count(*) from work_order where area_code = ?1 and waiting_announced", fixture.area))
                .isEqualTo(WORK_ORDERS));
        // Everyone on duty at once, in one statement: no dispatcher has been woken for it yet.
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update technician set on_duty = true where team_id = :team")
                .setParameter("team", fixture.area + "-TEAM")
                .executeUpdate());

        // Two dispatchers start together (the service's own worker may join in as a third).
        ExecutorService instances = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> passes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            passes.add(instances.submit(() -> {
                start.await();
                return dispatcher.dispatchWaiting();
            }));
        }
        start.countDown();
        for (Future<Integer> pass : passes) {
            pass.get();
        }
        instances.shutdown();

        int slots = TECHNICIANS * MAX_OPEN_ORDERS;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(count("select count(*) from work_order where area_code = ?1 and status = 'ASSIGNED'", fixture.area))
                        .isEqualTo(slots));
        assertThat(count("select count(*) from work_order where area_code = ?1 and status = 'WAITING'", fixture.area))
                .isEqualTo(WORK_ORDERS - slots);
        // Each technician: at their maximum, and the counter agrees with the orders they hold.
        List<Object[]> load = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                        select t.id, t.open_orders,
                               (select count(*) from work_order o where o.technician_id = t.id and o.status = 'ASSIGNED')
                        from technician t where t.team_id = ?1""")
                .setParameter(1, fixture.area + "-TEAM")
                .getResultList());
        assertThat(load).hasSize(TECHNICIANS).allSatisfy(row -> {
            assertThat(((Number) row[1]).intValue()).as("open orders of " + row[0]).isEqualTo(MAX_OPEN_ORDERS);
            assertThat(((Number) row[2]).intValue()).as("orders held by " + row[0]).isEqualTo(MAX_OPEN_ORDERS);
        });
        // Each assigned order: exactly one live assignment, and exactly one ticket-dispatched in the outbox log.
        assertThat(count("""
                select count(*) from work_order o where o.area_code = ?1 and o.status = 'ASSIGNED'
                and (select count(*) from assignment a where a.work_order_id = o.id and a.ended_at is null) <> 1""",
                fixture.area)).isZero();
        assertThat(count("""
                select count(*) from work_order_log l join work_order o on o.id = l.work_order_id
                where o.area_code = ?1 and l.action = 'ASSIGNED'""", fixture.area)).isEqualTo(slots);
        // The most urgent were served: every AAA leased line (2 h, 14 of 40) before any broadband (24 h).
        assertThat(count("select count(*) from work_order where area_code = ?1 and customer_tier = 'AAA' and status = 'WAITING'",
                fixture.area)).isZero();
    }

    @Test
    void theDatabaseItselfRefusesAnOverfullTechnicianAndASecondLiveAssignment() {
        Fixture fixture = new Fixture();
        String technician = fixture.technician("A", false, 1, true);
        String ticket = Fixture.ticketId();
        follower.opened(fixture.fault(ticket, CustomerTier.ORDINARY, ServiceType.HOME_BROADBAND));
        String workOrder = await().atMost(Duration.ofSeconds(30)).until(() -> dispatcher().queryParam("ticketId", ticket)
                .get("/work-orders").then().extract().jsonPath().getString("[0].technicianId") == null ? null
                : dispatcher().queryParam("ticketId", ticket).get("/work-orders").then().extract().jsonPath().getString("[0].id"),
                id -> id != null);

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update technician set open_orders = open_orders + 1 where id = ?1")
                .setParameter(1, technician).executeUpdate()))
                .hasStackTraceContaining("technician_open_orders_within_capacity");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("""
                        insert into assignment (work_order_id, assignment, technician_id, assigned_at)
                        values (?1, 99, ?2, now())""")
                .setParameter(1, workOrder).setParameter(2, technician).executeUpdate()))
                .hasStackTraceContaining("assignment_one_live_per_order");
        assertThat(count("select open_orders from technician where id = ?1", technician)).isEqualTo(1);
    }

    private long count(String sql, String parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }
}
