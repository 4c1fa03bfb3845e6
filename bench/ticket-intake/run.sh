#!/usr/bin/env bash
# Ticket-intake benchmark (docs/ticket-service-benchmark.md). Not part of ./mvnw verify.
#
#   bench/ticket-intake/run.sh
#
# 1. PostgreSQL baseline: pgbench, single-row INSERT transactions, PGBENCH_CLIENTS clients, 30 s.
# 2. A Kafka broker of the benchmark's own (127.0.0.1:29591, wiped at start) and ticket-service
#    from its packaged jar on port BENCH_PORT, database bench_ticket_service (recreated).
# 3. Load: WARMUP s warm-up (the JIT needs about a minute on 2 cores), DURATION s closed loop with
#    CLIENTS callers (sustained tickets/s, p50/p99, and the CPU each process spent per ticket: the
#    service, its PostgreSQL backends, the broker, the load generator), then two open loops of
#    RATE_SECONDS s: at RATE tickets/s, and at half the sustained rate (p50/p99 at those rates).
# 4. Every accepted ticket must be a key on ticket-opened.
#
# Settings: DURATION (60), WARMUP (60), CLIENTS (64), RATE (1000), RATE_SECONDS (30), PGBENCH_CLIENTS (8),
# BENCH_PORT (18181), PGHOST/PGPORT/PGUSER/PGPASSWORD (127.0.0.1/5432/postgres/postgres),
# BENCH_HEAP (512m).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="$ROOT/.platform/bench"
SECONDS_MAX="${DURATION:-60}"
WARMUP="${WARMUP:-60}"
CLIENTS="${CLIENTS:-64}"
RATE="${RATE:-1000}"
RATE_SECONDS="${RATE_SECONDS:-30}"
PGBENCH_CLIENTS="${PGBENCH_CLIENTS:-8}"
BENCH_PORT="${BENCH_PORT:-18181}"
mkdir -p "$WORK"
source "$ROOT/bench/lib.sh"

bench_build_if_missing ticket-service
tool() { bench_tool IntakeBench "$@"; }
trap bench_stop_all EXIT

# 1. PostgreSQL's own single-row insert rate, on the same machine, in the same run.
say "pgbench: single-row inserts, $PGBENCH_CLIENTS clients, 30 s"
PG_TPS="$(pgbench_inserts_per_second "$PGBENCH_CLIENTS")"
say "pgbench: $PG_TPS inserts/s"

# 2. Own broker and the service.
bench_broker up
bench_identity_up
say "starting ticket-service on $BENCH_PORT"
bench_start_service ticket-service "$BENCH_PORT"
SERVICE_PID="$(cat "$WORK/ticket-service.pid")"
bench_await "http://127.0.0.1:$BENCH_PORT/q/health/ready" ticket-service

URL="http://127.0.0.1:$BENCH_PORT/tmf-api/troubleTicket/v5/troubleTicket"
say "warm-up: $WARMUP s"
tool max "$URL" "$WARMUP" "$CLIENTS" "$WORK/ids-warmup.txt" > /dev/null

BROKER_PID="$(ss -ltnp | grep ":${BENCH_KAFKA#*:} " | grep -oP 'pid=\K[0-9]+' | head -1)"
HZ="$(getconf CLK_TCK)"

say "sustained intake: $SECONDS_MAX s, $CLIENTS callers"
svc0=$(cpu_ticks "$SERVICE_PID"); pg0=$(pg_ticks bench_ticket_service); broker0=$(cpu_ticks "$BROKER_PID")
MAX_LINE="$(tool max "$URL" "$SECONDS_MAX" "$CLIENTS" "$WORK/ids-max.txt")"
svc1=$(cpu_ticks "$SERVICE_PID"); pg1=$(pg_ticks bench_ticket_service); broker1=$(cpu_ticks "$BROKER_PID")
say "$MAX_LINE"
ACCEPTED="$(sed -n 's/.*accepted=\([0-9]*\).*/\1/p' <<< "$MAX_LINE")"
GEN_CPU="$(sed -n 's/.*generator_cpu_s=\([0-9.]*\).*/\1/p' <<< "$MAX_LINE")"
CPU_LINE="$(awk -v n="$ACCEPTED" -v hz="$HZ" -v s="$((svc1 - svc0))" -v p="$((pg1 - pg0))" -v b="$((broker1 - broker0))" -v g="$GEN_CPU" -v cores="$(nproc)" 'BEGIN {
  svc = 1000 * s / hz / n; pg = 1000 * p / hz / n; br = 1000 * b / hz / n; gen = 1000 * g / n; all = svc + pg + br + gen
  printf "cpu_ms_per_ticket service=%.2f postgres=%.2f broker=%.2f generator=%.2f all=%.2f ceiling_on_%d_cores=%.0f/s", svc, pg, br, gen, all, cores, 1000 * cores / all
}')"
say "$CPU_LINE"

TPS="$(sed -n 's/.*tickets_per_s=\([0-9.]*\).*/\1/p' <<< "$MAX_LINE")"
say "fixed rate: $RATE tickets/s for $RATE_SECONDS s"
RATE_LINE="$(tool rate "$URL" "$RATE_SECONDS" "$RATE" "$WORK/ids-rate.txt")"
say "$RATE_LINE"
HALF="$(awk -v t="$TPS" 'BEGIN { printf "%d", t / 2 }')"
say "fixed rate: $HALF tickets/s (half the sustained rate) for $RATE_SECONDS s"
HALF_LINE="$(tool rate "$URL" "$RATE_SECONDS" "$HALF" "$WORK/ids-half.txt")"
say "$HALF_LINE"
say "verifying ticket-opened"
VERIFY_LINE="$(tool verify "$WORK/ids-warmup.txt" "$WORK/ids-max.txt" "$WORK/ids-rate.txt" "$WORK/ids-half.txt")"
say "$VERIFY_LINE"

RATIO="$(awk -v a="$TPS" -v b="$PG_TPS" 'BEGIN { printf "%.1f", 100 * a / b }')"
{
  echo "date: $(date -u +%FT%TZ)  cpus: $(nproc)  load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "pgbench single-row inserts/s ($PGBENCH_CLIENTS clients): $PG_TPS"
  echo "sustained ($SECONDS_MAX s, $CLIENTS callers): $MAX_LINE"
  echo "intake / pgbench: $RATIO %"
  echo "$CPU_LINE"
  echo "fixed rate ($RATE/s, $RATE_SECONDS s): $RATE_LINE"
  echo "fixed rate ($HALF/s, $RATE_SECONDS s): $HALF_LINE"
  echo "ticket-opened: $VERIFY_LINE"
} | tee "$WORK/result.txt"
