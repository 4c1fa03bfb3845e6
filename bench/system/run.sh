#!/usr/bin/env bash
# System benchmark (docs/benchmarks.md): the four services as separate processes, the whole
# pipeline under a steady intake. Not part of ./mvnw verify.
#
#   bench/system/run.sh
#
# 1. This machine's limits, in the same run: pgbench single-row inserts (30 s) and Kafka's own
#    producer (kafka-tools ProducerPerformance, 200,000 records of 512 bytes, acks=all).
# 2. A broker of the benchmarks' own (127.0.0.1:29591, wiped), GreenMail and WireMock as the
#    notification channels, the four packaged services on ports 18281–18284 with fresh databases
#    bench_<service>. sla-monitor gets the real restore policy with one row in front: AAA internet
#    leased lines within a city have 1 MINUTE, so their whole escalation ladder falls due in the run.
# 3. Technicians (50 open orders each, enough for every ticket) and supervisors on call for BENCH-01.
# 4. A warm-up of WARMUP s at RATE (the services' JIT is still compiling for a minute after they
#    start; those tickets are not measured, their escalations fall due during the measured part).
# 5. RATE tickets/s for DURATION s (open loop; one in ten an AAA leased line, the rest home
#    broadband), followed on Kafka for TAIL s more: POST latency, POST → ticket-opened and
#    POST → ticket-dispatched latency, lateness of every SLA stage; CPU per ticket of each service
#    and of PostgreSQL; resident memory of each service.
#
# Settings: RATE (100), DURATION (60), WARMUP (60), TAIL (150), BENCH_HEAP (384m), PGHOST/PGPORT/PGUSER/PGPASSWORD.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="$ROOT/.platform/system-bench"
RATE="${RATE:-100}"
DURATION="${DURATION:-60}"
WARMUP="${WARMUP:-60}"
TAIL="${TAIL:-150}"
BENCH_HEAP="${BENCH_HEAP:-384m}"
mkdir -p "$WORK"
source "$ROOT/bench/lib.sh"

SERVICES=(ticket-service dispatch-service sla-monitor notification-service)
bench_build_if_missing "${SERVICES[@]}"
STAND_INS="$ROOT/local-platform/call-centre-simulator/target/stand-ins"
if [[ ! -f "$STAND_INS/greenmail-standalone.jar" ]]; then
  (cd "$ROOT" && ./mvnw -q package -DskipTests -pl local-platform/call-centre-simulator -am)
fi
tool() { bench_tool SystemBench "$@"; }
trap bench_stop_all EXIT

say "pgbench: single-row inserts, 8 clients, 30 s"
PG_TPS="$(pgbench_inserts_per_second 8)"
say "pgbench: $PG_TPS inserts/s"

bench_broker up
bench_identity_up
say "Kafka producer: 200,000 records of 512 bytes, acks=all"
KAFKA_RPS="$(kafka_producer_records_per_second)"
say "Kafka producer: $KAFKA_RPS records/s"

say "starting the channels' stand-ins and the four services"
java -Xmx96m -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port=22525 -Dgreenmail.auth.disabled \
    -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port=28025 -jar "$STAND_INS/greenmail-standalone.jar" \
    > "$WORK/mail.log" 2>&1 &
BENCH_PIDS+=($!)
java -Xmx96m -jar "$STAND_INS/wiremock-standalone.jar" --bind-address 127.0.0.1 --port 28090 \
    --root-dir "$ROOT/docker/sms-gateway-stub" --disable-banner > "$WORK/sms-gateway.log" 2>&1 &
BENCH_PIDS+=($!)
{
  echo "bench-ent-internet-city-aaa,FAULT,INTERNET_LEASED_LINE,WITHIN_CITY,*,AAA,1 MINUTES,,DEFAULT"
  cat "$ROOT/sla-monitor/src/main/resources/sla/restore-policies.csv"
} > "$WORK/bench-restore-policies.csv"
bench_start_service ticket-service 18281
bench_start_service dispatch-service 18282 TICKET_SERVICE_URL=http://127.0.0.1:18281
bench_start_service sla-monitor 18283 FAULTDESK_SLA_POLICY_FILE="$WORK/bench-restore-policies.csv"
bench_start_service notification-service 18284 TICKET_SERVICE_URL=http://127.0.0.1:18281 \
    SMTP_HOST=127.0.0.1 SMTP_PORT=22525 SMTP_START_TLS=DISABLED SMS_GATEWAY_URL=http://127.0.0.1:28090 \
    SMS_GATEWAY_ACCOUNT=bench SMS_GATEWAY_PASSWORD=bench
for i in 0 1 2 3; do
  bench_await "http://127.0.0.1:1828$((i + 1))/q/health/ready" "${SERVICES[$i]}"
done
bench_await "http://127.0.0.1:28025/api/service/readiness" mail
bench_await "http://127.0.0.1:28090/__admin/health" sms-gateway

TECHNICIANS=$(( (RATE * (DURATION + WARMUP) + 49) / 50 + 5 ))
tool staff http://127.0.0.1:18282 http://127.0.0.1:18284 "$TECHNICIANS" BENCH-01 | sed 's/^/[bench] /'

HZ="$(getconf CLK_TCK)"
declare -A CPU0 CPU1
snapshot() {
  local -n into="$1"; local i
  for i in 0 1 2 3; do
    into[${SERVICES[$i]}]=$(cpu_ticks "$(cat "$WORK/${SERVICES[$i]}.pid")")
    into[pg-${SERVICES[$i]}]=$(pg_ticks "bench_${SERVICES[$i]//-/_}")
  done
}
say "warm-up: $RATE tickets/s for $WARMUP s (not measured)"
tool run http://127.0.0.1:18281/tmf-api/troubleTicket/v5/troubleTicket "$BENCH_KAFKA" "$WARMUP" "$RATE" 0 > "$WORK/warm-up.txt" || true
say "intake: $RATE tickets/s for $DURATION s, then following for $TAIL s"
snapshot CPU0
RUN_START=$SECONDS
RUN_LINES="$(tool run http://127.0.0.1:18281/tmf-api/troubleTicket/v5/troubleTicket "$BENCH_KAFKA" "$DURATION" "$RATE" "$TAIL")" || RUN_FAILED=1
RUN_END=$SECONDS
snapshot CPU1
ACCEPTED="$(sed -n 's/.* accepted=\([0-9]*\).*/\1/p' <<< "$RUN_LINES")"
ACHIEVED="$(sed -n 's/.* achieved=\([0-9.]*\).*/\1/p' <<< "$RUN_LINES")"

{
  echo "date: $(date -u +%FT%TZ)  cpus: $(nproc)  load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "baseline pgbench single-row inserts/s: $PG_TPS"
  echo "baseline Kafka producer records/s (512 B, acks=all): $KAFKA_RPS"
  echo "$RUN_LINES"
  awk -v a="$ACHIEVED" -v p="$PG_TPS" 'BEGIN { printf "intake / pgbench: %.1f %%\n", 100 * a / p }'
  # CPU over the whole run (intake and tail, idle polling included), as seconds and as the share
  # of one core it averaged: with every stage and notice of the run's tickets, per ticket.
  for name in "${SERVICES[@]}"; do
    awk -v n="$name" -v s="$(( CPU1[$name] - CPU0[$name] ))" -v p="$(( CPU1[pg-$name] - CPU0[pg-$name] ))" \
        -v t="$ACCEPTED" -v hz="$HZ" -v wall="$(( RUN_END - RUN_START ))" -v mem="$(rss_mb "$(cat "$WORK/$name.pid")")" \
        'BEGIN { printf "%-21s cpu_s=%.1f (%.2f cores, %.1f ms/ticket) postgres_cpu_s=%.1f %s\n", n, s / hz, s / hz / wall, 1000 * s / hz / t, p / hz, mem }'
  done
} | tee "$WORK/result.txt"
[[ -z "${RUN_FAILED:-}" ]] || { say "not every accepted ticket was dispatched; see $WORK/*.log"; exit 1; }
