package org.faultdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class OpenLoopTest {

    @Test
    void callNumberIIsDueAtIOverTheRate() {
        assertThat(OpenLoop.dueNanos(1_000, 0, 100)).isEqualTo(1_000);
        assertThat(OpenLoop.dueNanos(1_000, 250, 100)).isEqualTo(1_000 + 2_500_000_000L);
    }

    @Test
    void everyCallRunsOnceAndNoneBeforeItsDueTime() throws InterruptedException {
        Map<Long, Long> lateByCall = new ConcurrentHashMap<>();
        OpenLoop.run(40, 400, 4, (i, due) -> lateByCall.put(i, System.nanoTime() - due));

        assertThat(lateByCall).hasSize(40);
        assertThat(lateByCall.values()).allSatisfy(late -> assertThat(late).isNotNegative());
    }
}
