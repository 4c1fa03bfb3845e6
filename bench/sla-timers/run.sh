#!/usr/bin/env bash
# SLA timer benchmark: 1,000,000 open clocks in PostgreSQL, DUE_COUNT of them falling due within
# WINDOW seconds; measures how late the warnings leave (due time → record on Kafka), the poller's
# cost and the service's memory. Uses the benchmarks' broker (bench/lib.sh) and a database of its
# own (bench_sla_monitor), so it disturbs neither ./platform nor the tests. Not part of ./mvnw verify.
#
#   bench/sla-timers/run.sh            (builds sla-monitor, the launcher and the tools if missing)
#
# Settings (environment): DUE_COUNT (12000, i.e. 200/s), WARM_COUNT (3000, fired before the window, not measured), WINDOW (60), BENCH_HEAP (384m), PG* as for psql.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/bench/sla-timers"
WORK="$ROOT/.platform/sla-bench"
DUE_COUNT="${DUE_COUNT:-12000}"
WARM_COUNT="${WARM_COUNT:-3000}"
WINDOW="${WINDOW:-60}"
BENCH_HEAP="${BENCH_HEAP:-384m}"
HTTP_PORT=18083
DB=bench_sla_monitor
mkdir -p "$WORK"
source "$ROOT/bench/lib.sh"
bench_build_if_missing sla-monitor

poll_metrics() { curl -s "localhost:$HTTP_PORT/q/metrics" | grep '^faultdesk_sla_poller_poll_seconds_\(count\|sum\|max\)' || true; }
trap bench_stop_all EXIT

echo "== broker at $BENCH_KAFKA (fresh topics)"; bench_broker up

echo "== schema: the service started once on a fresh $DB migrates it, then stops"
bench_start_service sla-monitor "$HTTP_PORT"
bench_await "http://localhost:$HTTP_PORT/q/health/ready" sla-monitor
bench_stop_service sla-monitor

WINDOW_START=$(( $(date +%s) + 120 ))
echo "== seeding 1,000,000 open clocks ($DUE_COUNT due from $(date -u -d @$WINDOW_START +%T) over ${WINDOW}s)"
time psql -d "$DB" -q -v due_count="$DUE_COUNT" -v warm_count="$WARM_COUNT" -v window_start="$WINDOW_START" -v window_seconds="$WINDOW" -f "$HERE/seed.sql"
psql -d "$DB" -tAc "select count(*) || ' clocks, ' || pg_size_pretty(pg_total_relation_size('sla_clock')) || ' clock table, ' || pg_size_pretty(pg_total_relation_size('sla_timer')) || ' timer table' from sla_clock"

echo "== service start"
bench_launcher start sla-monitor --port "$HTTP_PORT" --db "$DB" --kafka "$BENCH_KAFKA" --heap "$BENCH_HEAP" \
    --pid-dir "$WORK" --log-dir "$WORK" > /dev/null
bench_await "http://localhost:$HTTP_PORT/q/health/ready" sla-monitor
SERVICE_PID="$(cat "$WORK/sla-monitor.pid")"
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
bench_tool LatenessProbe "$BENCH_KAFKA" sla-warning-raised $(( WINDOW_START - $(date +%s) + WINDOW + 30 )) "$DUE_COUNT" | tee "$WORK/lateness.txt"
T1=$(cpu_ticks $SERVICE_PID); W1=$(date +%s)
echo "service CPU during the window: $(( (T1 - T0) * 10 / (W1 - W0) )) ms per second over $(( W1 - W0 ))s (poller + outbox relay)"
poll_metrics
echo "memory at the end: $(rss_mb $SERVICE_PID) ($(uptime | sed 's/.*load/load/'))"
psql -d "$DB" -tAc "select 'fired: ' || count(*) filter (where fired_stages = 1) || ', still open timers: ' || (select count(*) from sla_timer) from sla_clock"
