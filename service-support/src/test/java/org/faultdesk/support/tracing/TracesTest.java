package org.faultdesk.support.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.TracerProvider;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class TracesTest {

    private static final String TRACE = "0af7651916cd43dd8448eb211c80319c";
    private static final String SPAN = "b7ad6b7169203331";

    @Test
    void aRecordsTraceparentNamesTheSpanThatWroteItsEvent() {
        SpanContext parent = Traces.parentOf(headers("00-" + TRACE + "-" + SPAN + "-01")).orElseThrow();

        assertThat(parent.getTraceId()).isEqualTo(TRACE);
        assertThat(parent.getSpanId()).isEqualTo(SPAN);
        assertThat(parent.isSampled()).isTrue();
        assertThat(parent.isRemote()).isTrue();
    }

    @Test
    void noHeaderOrAMalformedOneStartsNoTraceFromIt() {
        assertThat(Traces.parentOf(new RecordHeaders())).isEmpty();
        assertThat(Traces.parentOf(null)).isEmpty();
        assertThat(Traces.parentOf(headers("00-" + TRACE + "-" + SPAN))).isEmpty();
        assertThat(Traces.parentOf(headers("00-00000000000000000000000000000000-" + SPAN + "-01")))
                .as("an all-zero trace id is invalid").isEmpty();
        assertThat(Traces.parentOf(headers("not a traceparent"))).isEmpty();
    }

    @Test
    void outsideAnySpanThereIsNoTraceparentToKeep() {
        assertThat(Traces.currentTraceParent()).isEmpty();
        // Even a no-op tracer (tracing off) carries the record's trace on to what the consumer publishes.
        Tracer noop = TracerProvider.noop().get("test");
        try (Traces.Handling handling = Traces.consuming(noop, "ticket-opened", headers("00-" + TRACE + "-" + SPAN + "-01"))) {
            assertThat(Traces.currentTraceParent()).hasValueSatisfying(value -> assertThat(value).contains(TRACE));
        }
        assertThat(Traces.currentTraceParent()).isEmpty();
    }

    private static RecordHeaders headers(String traceparent) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(Traces.TRACEPARENT, traceparent.getBytes(StandardCharsets.US_ASCII));
        return headers;
    }
}
