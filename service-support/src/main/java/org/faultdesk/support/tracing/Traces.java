package org.faultdesk.support.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * A ticket's path across the services as one trace (W3C trace context). The outbox keeps the
 * {@code traceparent} of the span that wrote an event and the relay sends it as a Kafka header,
 * since the relay sends later, from a thread of its own; a consumer continues that trace in a span
 * of its own ({@link #consuming}), so what it writes to its outbox carries it on. The trace id is
 * in every log line written meanwhile (MDC {@code traceId}).
 */
public final class Traces {

    /** The W3C header, as the relay sends it and any OpenTelemetry tool reads it. */
    public static final String TRACEPARENT = "traceparent";

    private static final Pattern W3C = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");

    private Traces() {
    }

    /** The traceparent of the current span, if there is one. */
    public static Optional<String> currentTraceParent() {
        SpanContext context = Span.current().getSpanContext();
        if (!context.isValid()) {
            return Optional.empty();
        }
        return Optional.of("00-" + context.getTraceId() + "-" + context.getSpanId() + "-"
                + context.getTraceFlags().asHex());
    }

    /** The remote span a record's traceparent header names; empty when it has none (or a malformed one). */
    public static Optional<SpanContext> parentOf(Headers headers) {
        Header header = headers == null ? null : headers.lastHeader(TRACEPARENT);
        return header == null ? Optional.empty() : parse(new String(header.value(), StandardCharsets.US_ASCII));
    }

    /** The remote span a stored traceparent names; empty for none (or a malformed one). */
    public static Optional<SpanContext> parse(String traceParent) {
        if (traceParent == null) {
            return Optional.empty();
        }
        Matcher w3c = W3C.matcher(traceParent);
        if (!w3c.matches()) {
            return Optional.empty();
        }
        SpanContext parent = SpanContext.createFromRemoteParent(w3c.group(1), w3c.group(2),
                TraceFlags.fromHex(w3c.group(3), 0), TraceState.getDefault());
        return parent.isValid() ? Optional.of(parent) : Optional.empty();
    }

    /**
     * Starts a consumer span for a record, child of the span that wrote its event (a new trace when
     * the record names none), and makes it current until the returned handle is closed.
     */
    public static Handling consuming(Tracer tracer, String topic, Headers headers) {
        Context parent = parentOf(headers).map(remote -> Context.root().with(Span.wrap(remote))).orElse(Context.root());
        Span span = tracer.spanBuilder(topic + " process").setSpanKind(SpanKind.CONSUMER).setParent(parent)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", topic)
                .startSpan();
        return new Handling(span, span.makeCurrent());
    }

    /**
     * Starts a span for work done later, from a thread of its own, on behalf of the span a stored
     * {@code traceParent} names (a new trace when it names none): a notice's delivery, say. It is
     * not made current: the caller ends it, and puts its trace id in the MDC for the log lines it
     * writes meanwhile ({@link #TRACE_ID}).
     */
    public static Span startLater(Tracer tracer, String traceParent, String name, SpanKind kind) {
        Context parent = parse(traceParent).map(remote -> Context.root().with(Span.wrap(remote))).orElse(Context.root());
        return tracer.spanBuilder(name).setSpanKind(kind).setParent(parent).startSpan();
    }

    /** The MDC key of the trace id in the log format, as OpenTelemetry's own MDC entries name it. */
    public static final String TRACE_ID = "traceId";

    /** A consumer span made current; closing it ends the span. */
    public record Handling(Span span, Scope scope) implements AutoCloseable {

        @Override
        public void close() {
            scope.close();
            span.end();
        }
    }
}
