# Shared by the benchmarks (bench/*/run.sh): the same-run baselines, a broker of the benchmarks'
# own, starting packaged services (through the local platform's launcher, like ./platform and the
# end-to-end tests), the tools of bench/tools, and reading what a process spent. Sourced, not run.
#
# Needs ROOT (the repository) and WORK (a scratch directory) set by the caller.

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}" PGPASSWORD="${PGPASSWORD:-postgres}"
# The benchmarks' broker (never the platform's 9092 or the tests' 19092); wiped when it starts.
BENCH_KAFKA="127.0.0.1:29591"
# The benchmarks' identity provider (never the platform's 8180): Keycloak with its files in $WORK.
BENCH_KEYCLOAK_PORT=18180
# Processes the script started itself (the channels' stand-ins); services go through the launcher.
BENCH_PIDS=()
BENCH_SERVICES=()
BENCH_HEAP="${BENCH_HEAP:-512m}"
LAUNCHER_CP_FILE="$ROOT/local-platform/launcher/target/launcher.classpath"
TOOLS_CP_FILE="$ROOT/bench/tools/target/tools.classpath"

say() { printf '[bench] %s\n' "$*"; }

# Builds what a benchmark needs if it is missing: bench_build_if_missing MODULE...
bench_build_if_missing() {
  local missing=0 module
  for module in "$@"; do
    [[ -f "$ROOT/$module/target/quarkus-app/quarkus-run.jar" ]] || missing=1
  done
  [[ -f "$LAUNCHER_CP_FILE" && -f "$TOOLS_CP_FILE" ]] || missing=1
  if (( missing )); then
    say "building $*, the launcher and the benchmark tools (package, no tests)"
    (cd "$ROOT" && ./mvnw -q package -DskipTests -pl "$(IFS=,; echo "$*"),local-platform/launcher,bench/tools" -am)
  fi
}

# A benchmark tool of bench/tools: bench_tool CLASS ARGS...
bench_tool() {
  local class="$1"; shift
  java -Dfaultdesk.root="$ROOT" -cp "$ROOT/bench/tools/target/classes:$(cat "$TOOLS_CP_FILE")" "org.faultdesk.bench.$class" "$@"
}

# The local platform's launcher (the one that starts services for ./platform and the e2e tests too).
bench_launcher() {
  java -Dfaultdesk.root="$ROOT" -cp "$ROOT/local-platform/launcher/target/classes:$(cat "$LAUNCHER_CP_FILE")" \
      org.faultdesk.platform.launch.LauncherCommand "$@"
}

# The broker is started and stopped by the ticket-intake tool, which knows its settings. `up`
# stops a broker left running by an earlier, interrupted benchmark first: a new broker process
# starts from empty topics, so no run reads another's events.
bench_broker() {
  if [[ "$1" == up ]]; then
    bench_tool IntakeBench broker down
    if (exec 3<>"/dev/tcp/${BENCH_KAFKA%:*}/${BENCH_KAFKA#*:}") 2>/dev/null; then
      say "something still listens on $BENCH_KAFKA that this checkout did not start (ss -ltnp | grep ${BENCH_KAFKA#*:}); stop it first"
      return 1
    fi
  fi
  bench_tool IntakeBench broker "$1"
}

# PostgreSQL's own single-row insert rate on this machine, now: prints inserts/s.
pgbench_inserts_per_second() {
  local clients="${1:-8}"
  psql -d postgres -qc "drop database if exists bench_pgbench" -c "create database bench_pgbench" >&2
  psql -d bench_pgbench -qc "create table bench_row (id bigserial primary key, payload text not null, created_at timestamptz not null default now())" >&2
  echo "insert into bench_row (payload) values ('Home broadband down since 08:00, ONT LOS light red');" > "$WORK/insert.sql"
  pgbench -n -c "$clients" -j 2 -T 30 -f "$WORK/insert.sql" bench_pgbench > "$WORK/pgbench.txt" 2>&1
  grep -oP 'tps = \K[0-9.]+' "$WORK/pgbench.txt" | head -1
}

# Kafka's own producer rate on this machine, now, against the benchmarks' broker: 200,000 records
# of 512 bytes, acks=all, as fast as it goes (kafka-tools' ProducerPerformance), into a topic of
# its own that it creates (no service reads it). Prints records/s.
kafka_producer_records_per_second() {
  local cp
  cp="$(cat "$ROOT/local-platform/kafka-broker-runtime/target/classes/META-INF/faultdesk/kafka-broker.classpath")"
  java -cp "$cp" org.apache.kafka.tools.TopicCommand --bootstrap-server "$BENCH_KAFKA" --create --if-not-exists \
      --topic bench-producer-perf --partitions 6 --replication-factor 1 > "$WORK/producer-perf.txt" 2>&1
  java -Xmx512m -cp "$cp" org.apache.kafka.tools.ProducerPerformance --topic bench-producer-perf --num-records 200000 \
      --record-size 512 --throughput -1 --producer-props bootstrap.servers="$BENCH_KAFKA" acks=all \
      >> "$WORK/producer-perf.txt" 2>&1
  tail -1 "$WORK/producer-perf.txt" | grep -oP '[0-9.]+(?= records/sec)'
}

# Starts a packaged service against the benchmarks' broker and a fresh database of its own
# (bench_<service>): bench_start_service NAME PORT [VAR=VALUE...]. Its pid is in $WORK/NAME.pid,
# its log in $WORK/NAME.log; full JIT (the benchmarks measure the services at their best).
bench_start_service() {
  local name="$1" port="$2"; shift 2
  local identity=("OIDC_ISSUER=http://127.0.0.1:$BENCH_KEYCLOAK_PORT/realms/faultdesk")
  if [[ "$name" == dispatch-service || "$name" == notification-service ]]; then
    identity+=("OIDC_CLIENT_SECRET=$(grep "^$name=" "$WORK/keycloak/secrets.properties" | cut -d= -f2-)")
  fi
  bench_launcher start "$name" --port "$port" --db "bench_${name//-/_}" --fresh-db --kafka "$BENCH_KAFKA" \
      --heap "$BENCH_HEAP" --pid-dir "$WORK" --log-dir "$WORK" "${identity[@]}" "$@" > /dev/null
  BENCH_SERVICES+=("$name")
}

# The local platform's Keycloak command on the benchmarks' port and folder: up|down, user, token, secret.
bench_keycloak() {
  KEYCLOAK_PORT="$BENCH_KEYCLOAK_PORT" KEYCLOAK_HOME="$WORK/keycloak" java -Dfaultdesk.root="$ROOT" \
      -cp "$ROOT/local-platform/launcher/target/classes:$(cat "$LAUNCHER_CP_FILE")" \
      org.faultdesk.platform.keycloak.LocalKeycloakCommand "$@"
}

# Every call of the load generators carries a token: one user who opens tickets (agent) and
# registers the staff (admin), its token in BENCH_TOKEN for bench/tools' Http (15 minutes).
bench_identity_up() {
  bench_keycloak up > /dev/null || { say "Keycloak did not start; see $WORK/keycloak/keycloak.log"; return 1; }
  bench_keycloak user bench agent admin channel=bench,system-bench > /dev/null
  BENCH_TOKEN="$(bench_keycloak token bench)"
  export BENCH_TOKEN
}

bench_stop_service() { bench_launcher stop "$1" --pid-dir "$WORK" > /dev/null; }

# Waits until a URL answers (two minutes at most): bench_await URL NAME
bench_await() {
  for _ in $(seq 1 120); do
    curl -fs -o /dev/null "$1" && return 0
    sleep 1
  done
  say "$2 not ready; see $WORK/$2.log"
  return 1
}

bench_stop_all() {
  local pid
  (( ${#BENCH_SERVICES[@]} == 0 )) || bench_launcher stop "${BENCH_SERVICES[@]}" --pid-dir "$WORK" > /dev/null || true
  for pid in "${BENCH_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${BENCH_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  bench_broker down || true
  [[ ! -d "$WORK/keycloak" ]] || bench_keycloak down > /dev/null || true
}

# CPU a process has used so far, in clock ticks (utime + stime).
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }

# CPU the PostgreSQL backends serving a database have used so far, in clock ticks.
pg_ticks() {
  local total=0 pid
  for pid in $(psql -d postgres -tAc "select pid from pg_stat_activity where datname = '$1'"); do
    total=$((total + $(cpu_ticks "$pid")))
  done
  echo "$total"
}

# Resident memory of a process now and at its peak, in MB: "rss=… peak=…".
rss_mb() { awk '/^VmRSS/ { r = $2 } /^VmHWM/ { p = $2 } END { printf "rss=%.0fMB peak=%.0fMB", r / 1024, p / 1024 }' "/proc/$1/status"; }
