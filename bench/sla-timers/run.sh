#!/usr/bin/env bash
# SLA timer benchmark: 1,000,000 open clocks in PostgreSQL, DUE_COUNT of them falling due within
# WINDOW seconds; measures how late the warnings leave (due time → record on Kafka), the poller's
# cost and the service's memory. Uses a broker of its own (port 29192) and a database of its own
# (sla_bench), so it disturbs neither ./platform nor the tests. Not part of ./mvnw verify.
#
#   bench/sla-timers/run.sh            (after ./mvnw -q -pl sla-monitor -am package -DskipTests)
#
# Settings (environment): DUE_COUNT (12000, i.e. 200/s), WARM_COUNT (3000, fired before the window, not measured), WINDOW (60), HEAP (-Xmx384m), PG* as for psql.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/bench/sla-timers"
WORK="$ROOT/.platform/sla-bench"
DUE_COUNT="${DUE_COUNT:-12000}"
WARM_COUNT="${WARM_COUNT:-3000}"
WINDOW="${WINDOW:-60}"
HEAP="${HEAP:--Xmx384m}"
KAFKA_PORT=29192
HTTP_PORT=18083
APP="$ROOT/sla-monitor/target/quarkus-app"
LIBS="$APP/lib/main/*"
mkdir -p "$WORK"
source "$ROOT/bench/lib.sh"

kafka() {
  KAFKA_PORT=$KAFKA_PORT java -cp "$ROOT/local-platform/local-kafka/target/classes:$(cat "$ROOT/local-platform/local-kafka/target/launcher.classpath")" \
      -Dfaultdesk.root="$WORK" org.faultdesk.platform.kafka.LocalKafkaCommand "$@"
}
poll_metrics() { curl -s "localhost:$HTTP_PORT/q/metrics" | grep '^faultdesk_sla_poller_poll_seconds_\(count\|sum\|max\)' || true; }

SERVICE_PID=""
cleanup() {
  [[ -n "$SERVICE_PID" ]] && kill "$SERVICE_PID" 2>/dev/null && wait "$SERVICE_PID" 2>/dev/null || true
  kafka down || true
}
trap cleanup EXIT

# The platform-style broker keeps its data: start from empty topics so only this run is measured.
rm -rf "$WORK/.platform/kafka"
echo "== broker on $KAFKA_PORT"; kafka up
echo "== database sla_bench (fresh)"
psql -d postgres -qc "drop database if exists sla_bench" -c "create database sla_bench"

start_service() {
  DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/sla_bench" KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT" HTTP_PORT=$HTTP_PORT \
    java $HEAP -jar "$APP/quarkus-run.jar" > "$WORK/sla-monitor.log" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 120); do
    curl -sf "localhost:$HTTP_PORT/q/health/ready" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "sla-monitor did not become ready; see $WORK/sla-monitor.log"; exit 1
}

echo "== schema (start once to migrate), then stop"
start_service; kill "$SERVICE_PID"; wait "$SERVICE_PID" 2>/dev/null || true; SERVICE_PID=""

WINDOW_START=$(( $(date +%s) + 120 ))
echo "== seeding 1,000,000 open clocks ($DUE_COUNT due from $(date -u -d @$WINDOW_START +%T) over ${WINDOW}s)"
time psql -d sla_bench -q -v due_count="$DUE_COUNT" -v warm_count="$WARM_COUNT" -v window_start="$WINDOW_START" -v window_seconds="$WINDOW" -f "$HERE/seed.sql"
psql -d sla_bench -tAc "select count(*) || ' clocks, ' || pg_size_pretty(pg_total_relation_size('sla_clock')) || ' clock table, ' || pg_size_pretty(pg_total_relation_size('sla_timer')) || ' timer table' from sla_clock"

echo "== service start"
start_service
echo "memory after start: $(rss_mb $SERVICE_PID)"
NOW=$(date +%s)
IDLE=$(( WINDOW_START - NOW - 45 ))
if (( IDLE > 10 )); then
  T0=$(cpu_ticks $SERVICE_PID); sleep "$IDLE"; T1=$(cpu_ticks $SERVICE_PID)
  echo "idle with 1,000,000 open clocks, nothing due: $(( (T1 - T0) * 10 / IDLE )) ms CPU per second over ${IDLE}s"
  poll_metrics
fi

echo "== measuring the window ($(uptime | sed 's/.*load/load/'))"
T0=$(cpu_ticks $SERVICE_PID); W0=$(date +%s)
java -cp "$LIBS" "$HERE/LatenessProbe.java" "127.0.0.1:$KAFKA_PORT" sla-warning-raised $(( WINDOW_START - $(date +%s) + WINDOW + 30 )) "$DUE_COUNT" | tee "$WORK/lateness.txt"
T1=$(cpu_ticks $SERVICE_PID); W1=$(date +%s)
echo "service CPU during the window: $(( (T1 - T0) * 10 / (W1 - W0) )) ms per second over $(( W1 - W0 ))s (poller + outbox relay)"
poll_metrics
echo "memory at the end: $(rss_mb $SERVICE_PID) ($(uptime | sed 's/.*load/load/'))"
psql -d sla_bench -tAc "select 'fired: ' || count(*) filter (where fired_stages = 1) || ', still open timers: ' || (select count(*) from sla_timer) from sla_clock"
