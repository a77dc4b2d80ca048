#!/usr/bin/env bash
# Odnowa benchmark: the packaged API against PostgreSQL's own speed for the same SQL, in one run.
#
#   bench/run.sh [--scale N] [--warmup S] [--duration S] [--scenarios a,b,c,d] [--no-large] [--build] [--reuse]
#                [--jfr FILE] [--no-cds] [--out FILE]
#
# Creates the database odnowa_bench on $PGHOST:$PGPORT (default 127.0.0.1:5432, user postgres), lets the
# application's Flyway create the schema, loads the standard data set (bench/generate.sql), restarts the
# application and times its start, then for every scenario runs wrk against the API and pgbench against
# PostgreSQL with the statements the API sends (bench/sql/*.sql, prepared), 32 connections each, after a
# warm-up rounds over all scenarios until the JIT has settled, and a warm-up of its own. --reuse keeps a data set of the same scale. Scenario b is measured again with the same data spread over 1,000 municipalities (skip with
# --no-large). The results table replaces the generated section of docs/performance.md (--out to write
# elsewhere). Needs wrk and pgbench (Debian packages wrk and postgresql-client), psql, java 17+.
# The timed start uses a class-data archive of the application, written by a training start just before it
# (--no-cds: the JDK's default archive only). A benchmark, not a test: nothing here asserts a figure.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH="$ROOT/bench"
SCALE=1
WARMUP=10
DURATION=15
SCENARIOS=a,b,c,d
LARGE=1000
BUILD=0
REUSE=0
JFR=""
CDS=1
OUT="$ROOT/docs/performance.md"
CONNECTIONS=32
MAX_WARMUP_ROUNDS=6
# The application starts through bin/odnowa, the README's run command, exactly as a user starts it: its memory
# profile (serial collector, small heap, capped stacks and code cache, periodic trim of the C heap, two malloc
# arenas: docs/performance.md, sections 5, 8 and 17) and its class-data archive, written by a training start.
# JAVA_OPTS in the environment replaces that profile (JAVA_OPTS= for the JVM's own defaults).
while [ $# -gt 0 ]; do
    case "$1" in
        --scale) SCALE=$2; shift 2 ;;
        --warmup) WARMUP=$2; shift 2 ;;
        --duration) DURATION=$2; shift 2 ;;
        --scenarios) SCENARIOS=$2; shift 2 ;;
        --no-large) LARGE=0; shift ;;
        --build) BUILD=1; shift ;;
        --reuse) REUSE=1; shift ;;
        --jfr) JFR=$2; shift 2 ;;
        --no-cds) CDS=0; shift ;;
        --out) OUT=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DB=${BENCH_DB:-odnowa_bench}
PORT=${BENCH_PORT:-18080}
JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
WORK=$(mktemp -d /tmp/odnowa-bench.XXXXXX)
APP_PID=""
for tool in wrk pgbench psql java curl; do
    command -v "$tool" > /dev/null || { echo "bench: $tool is missing (apt-get install wrk postgresql-client)" >&2; exit 1; }
done

log() { echo "[bench $(date +%H:%M:%S)] $*" >&2; }

stop_app() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2> /dev/null; then
        kill "$APP_PID"
        wait "$APP_PID" 2> /dev/null || true
    fi
    APP_PID=""
}
trap stop_app EXIT

# Starts the packaged application on the bench database; READY_MS = milliseconds from launch to the first
# 200 on /q/health/ready. (Not run in a subshell: APP_PID must stay set here.)
start_app() {
    local t0 t1 cds=off jfr=()
    [ "$CDS" = 1 ] && cds=on
    [ -n "$JFR" ] && jfr=("JAVA_TOOL_OPTIONS=-XX:StartFlightRecording=filename=$JFR,settings=profile")
    t0=$(date +%s%N)
    QUARKUS_HTTP_PORT=$PORT QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
        QUARKUS_DATASOURCE_USERNAME="$PGUSER" QUARKUS_DATASOURCE_PASSWORD=${PGPASSWORD:-x} \
        ODNOWA_DEMO_DATA_ENABLED=false ODNOWA_JAR="$JAR" ODNOWA_CDS=$cds ODNOWA_CDS_DIR="$WORK" \
        env "${jfr[@]}" "$ROOT/bin/odnowa" > "$WORK/app.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 3000); do
        if curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; then
            t1=$(date +%s%N)
            READY_MS=$(( (t1 - t0) / 1000000 ))
            return 0
        fi
        kill -0 "$APP_PID" 2> /dev/null || { cat "$WORK/app.log" >&2; exit 1; }
        sleep 0.02
    done
    echo "bench: the application did not become ready in 60 s" >&2
    exit 1
}

cpu_ticks() { awk '{print $14 + $15}' "/proc/$APP_PID/stat"; }
# CPU seconds the JIT compiler threads (C1, C2) have used since the start.
jit_seconds() {
    local hz ticks=0 task
    hz=$(getconf CLK_TCK)
    for task in /proc/"$APP_PID"/task/*; do
        if grep -q 'CompilerThre' "$task/comm" 2> /dev/null; then
            ticks=$((ticks + $(awk '{print $14 + $15}' "$task/stat")))
        fi
    done
    awk -v t="$ticks" -v hz="$hz" 'BEGIN { printf "%.1f", t / hz }'
}

load_data() {
    local scale=$1 t0 t1
    t0=$(date +%s%N)
    psql -q -X -v scale="$scale" -f "$BENCH/generate.sql" "$DB" > /dev/null
    psql -q -X -f "$BENCH/sql/page.sql" "$DB" > /dev/null 2>&1
    # A settled database, as one in service is: hint bits set, visibility map and statistics current. Otherwise
    # autovacuum works through the million new rows during whichever scenarios run first.
    psql -q -X -d "$DB" -c "vacuum (analyze)" > /dev/null
    t1=$(date +%s%N)
    echo $(( (t1 - t0) / 1000000 ))
}

# One scenario: wrk warm-up and measurement against the API, then pgbench warm-up and measurement of its SQL.
# Prints: api_rps p50_ms p99_ms p999_ms cpu_ms_per_request sql_tps ceiling_tps
measure() {
    local s=$1 url="http://127.0.0.1:$PORT"
    wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s "$BENCH/wrk/$s.lua" "$url" > /dev/null
    local before after
    before=$(cpu_ticks)
    wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$BENCH/wrk/$s.lua" "$url" > "$WORK/wrk-$s.txt"
    after=$(cpu_ticks)
    if grep -q 'Non-2xx' "$WORK/wrk-$s.txt"; then
        echo "bench: scenario $s answered errors:" >&2; cat "$WORK/wrk-$s.txt" >&2; exit 1
    fi
    pgbench -n -M prepared -c "$CONNECTIONS" -j 2 -T "$WARMUP" -f "$BENCH/sql/$s.sql" "$DB" > /dev/null 2>&1
    pgbench -n -M prepared -c "$CONNECTIONS" -j 2 -T "$DURATION" -f "$BENCH/sql/$s.sql" "$DB" > "$WORK/pgbench-$s.txt" 2>&1
    # The ceiling: the fastest single statement giving the same answer (sql/ceiling-S.sql); where the API already
    # sends one such statement, its own script is the ceiling and is not run twice.
    if [ -f "$BENCH/sql/ceiling-$s.sql" ]; then
        pgbench -n -M prepared -c "$CONNECTIONS" -j 2 -T "$WARMUP" -f "$BENCH/sql/ceiling-$s.sql" "$DB" > /dev/null 2>&1
        pgbench -n -M prepared -c "$CONNECTIONS" -j 2 -T "$DURATION" -f "$BENCH/sql/ceiling-$s.sql" "$DB" > "$WORK/ceiling-$s.txt" 2>&1
    else
        cp "$WORK/pgbench-$s.txt" "$WORK/ceiling-$s.txt"
    fi
    local hz requests
    hz=$(getconf CLK_TCK)
    requests=$(awk '/requests in/ {print $1}' "$WORK/wrk-$s.txt")
    awk -v ticks=$((after - before)) -v hz="$hz" -v requests="$requests" '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        FNR == NR && /Requests\/sec/ { rps = $2 }
        FNR == NR && $1 == "50.000%" { p50 = ms($2) }
        FNR == NR && $1 == "99.000%" { p99 = ms($2) }
        FNR == NR && $1 == "50%" { p50 = ms($2) }
        FNR == NR && $1 == "99%" { p99 = ms($2) }
        FNR == NR && $1 == "percentiles-us" { p50 = $2 / 1000; p99 = $3 / 1000; p999 = $4 / 1000 }
        FILENAME ~ /pgbench-/ && /^tps/ { tps = $3 }
        FILENAME ~ /ceiling-/ && /^tps/ { ceiling = $3 }
        END { printf "%.0f %.2f %.2f %.2f %.3f %.0f %.0f\n", rps, p50, p99, p999, ticks * 1000 / hz / requests, tps, ceiling }
    ' "$WORK/wrk-$s.txt" "$WORK/pgbench-$s.txt" "$WORK/ceiling-$s.txt"
}

describe() {
    case "$1" in
        a) echo "a. one project by id" ;;
        b) echo "b. projects of a programme and status, by cost desc, 50 a page" ;;
        c) echo "c. total cost by status of a programme" ;;
        d) echo "d. an indicator's yearly series in a subarea" ;;
        b1000) echo "b. as above, $LARGE municipalities" ;;
    esac
}

if [ "$BUILD" = 1 ] || [ ! -f "$JAR" ]; then
    log "packaging the application"
    (cd "$ROOT" && ./mvnw -B -q package -Dmaven.test.skip=true -pl frontend,backend > "$WORK/build.log")
fi

log "database $DB on $PGHOST:$PGPORT"
if [ "$REUSE" = 1 ] && [ "$(psql -X -At -d "$DB" -c "select count(*) from municipality" 2> /dev/null)" = "$SCALE" ]; then
    LOAD_MS=0
    log "reusing the data set already loaded at $SCALE municipalities"
else
    psql -q -X -d postgres -c "drop database if exists $DB" -c "create database $DB" > /dev/null
    start_app   # Flyway creates the schema
    stop_app
    log "loading the standard data set at $SCALE municipalities"
    LOAD_MS=$(load_data "$SCALE")
    log "loaded in $LOAD_MS ms"
fi
if [ "$CDS" = 1 ]; then
    # bin/odnowa's first start of a build writes its class-data archive when it stops; the next start maps it in.
    log "training start for the class-data archive"
    start_app
    for s in a b c d; do wrk -t1 -c4 -d2s -s "$BENCH/wrk/$s.lua" "http://127.0.0.1:$PORT" > /dev/null; done
    stop_app
fi
log "starting the application"
start_app
JVM_LINE=$(tr '\0' ' ' < "/proc/$APP_PID/cmdline" | sed -e 's/^[^ ]* //' -e 's/ -jar .*//')
ARENAS=$(tr '\0' '\n' < "/proc/$APP_PID/environ" | sed -n 's/^MALLOC_ARENA_MAX=//p')
STARTUP_MS=$READY_MS
STARTED_IN=$(grep -o 'started in [0-9.]*s' "$WORK/app.log" | grep -o '[0-9.]*' || echo "?")
log "ready after $STARTUP_MS ms (Quarkus: started in ${STARTED_IN}s)"

ROWS=()
IFS=, read -r -a LIST <<< "$SCENARIOS"
# Warm-up rounds over every scenario until the JIT has settled: the compiler threads' CPU counts in the process's
# CPU (and takes a core from PostgreSQL and pgbench), so a scenario measured while C2 is still at work pays for
# the others. On a slow two-core machine one round of 10 s per scenario was not enough: C2 compiled for 6-11 s
# of every 10 s through the first scenario, which then measured 0.67 ms of CPU per request against 0.22 ms when
# measured again at the end (docs/performance.md, section 12). A round counts as settled when the compiler
# threads used less than 5 % of its wall-clock time in CPU (/proc/PID/task/*/stat); at most $MAX_WARMUP_ROUNDS rounds.
WARMUP_ROUNDS=0
while :; do
    WARMUP_ROUNDS=$((WARMUP_ROUNDS + 1))
    jit_before=$(jit_seconds)
    round_start=$(date +%s%N)
    for s in "${LIST[@]}"; do
        log "warm-up round $WARMUP_ROUNDS: $s"
        wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s "$BENCH/wrk/$s.lua" "http://127.0.0.1:$PORT" > /dev/null
    done
    JIT_LAST_ROUND=$(awk -v a="$jit_before" -v b="$(jit_seconds)" 'BEGIN { printf "%.1f", b - a }')
    round_s=$(( ($(date +%s%N) - round_start) / 1000000000 ))
    log "JIT compiler threads used $JIT_LAST_ROUND s of CPU in the round's $round_s s"
    if awk -v jit="$JIT_LAST_ROUND" -v round="$round_s" 'BEGIN { exit !(jit < 0.05 * round) }' || [ "$WARMUP_ROUNDS" -ge "$MAX_WARMUP_ROUNDS" ]; then
        break
    fi
done
JIT_BEFORE_SCENARIOS=$(jit_seconds)
for s in "${LIST[@]}"; do
    log "scenario $s"
    ROWS+=("$s $(measure "$s")")
done
JIT_DURING_SCENARIOS=$(awk -v a="$JIT_BEFORE_SCENARIOS" -v b="$(jit_seconds)" 'BEGIN { printf "%.1f", b - a }')
RSS_KB=$(awk '/VmRSS/ {print $2}' "/proc/$APP_PID/status")
HWM_KB=$(awk '/VmHWM/ {print $2}' "/proc/$APP_PID/status")
if [ "$LARGE" != 0 ] && [[ ",$SCENARIOS," == *,b,* ]]; then
    log "reloading the data set spread over $LARGE municipalities"
    LARGE_LOAD_MS=$(load_data "$LARGE")
    log "loaded in $LARGE_LOAD_MS ms; scenario b again"
    ROWS+=("b1000 $(measure b)")
    HWM_KB=$(awk '/VmHWM/ {print $2}' "/proc/$APP_PID/status")
fi
stop_app

# ---- the report --------------------------------------------------------------------------------
CPU_MODEL=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
{
    echo "<!-- bench:start (generated by bench/run.sh; edit outside these markers) -->"
    echo "Run of $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores ($CPU_MODEL), $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo),"
    echo "$(psql -X -At -d "$DB" -c 'select version()' | cut -d, -f1), $(java -version 2>&1 | head -1)."
    echo "Standard data set at $SCALE municipalities$([ "$LOAD_MS" -gt 0 ] && echo ", loaded in $((LOAD_MS / 1000)).$(( (LOAD_MS % 1000) / 100 )) s");"
    echo "$CONNECTIONS connections, ${WARMUP} s warm-up then ${DURATION} s measured, for wrk (API) and pgbench (same SQL, prepared) alike."
    echo
    echo "| scenario | API req/s | SQL sent tx/s | API ÷ SQL sent | ceiling tx/s | API ÷ ceiling | p50 ms | p99 ms | p99.9 ms | server CPU ms/req |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    for row in "${ROWS[@]}"; do
        read -r name rps p50 p99 p999 cpu tps ceiling <<< "$row"
        ratio=$(awk -v a="$rps" -v b="$tps" 'BEGIN { printf "%.0f %%", (b > 0 ? 100 * a / b : 0) }')
        ceiling_ratio=$(awk -v a="$rps" -v b="$ceiling" 'BEGIN { printf "%.0f %%", (b > 0 ? 100 * a / b : 0) }')
        echo "| $(describe "$name") | $rps | $tps | $ratio | $ceiling | $ceiling_ratio | $p50 | $p99 | $p999 | $cpu |"
    done
    echo
    echo "- Warm-up: $WARMUP_ROUNDS round(s) of ${WARMUP} s per scenario, until the JIT's compiler threads used less than 5 % of a round in CPU (last round: ${JIT_LAST_ROUND} s); their CPU while the scenarios ran: ${JIT_DURING_SCENARIOS} s."
    echo "- JVM options, as bin/odnowa started it: \`${JVM_LINE:-(defaults)}\`$([ "$CDS" = 1 ] && echo " (the archive is a training start's)"); MALLOC_ARENA_MAX=${ARENAS:-(unset)}."
    echo "- Ready to serve (launch to first 200 on /q/health/ready): $((STARTUP_MS / 1000)).$(( (STARTUP_MS % 1000) / 10 )) s (Quarkus: started in ${STARTED_IN} s)."
    echo "- Resident memory after the scenarios at $SCALE municipalities: $((RSS_KB / 1024)) MB; peak (VmHWM) over the whole run: $((HWM_KB / 1024)) MB."
    echo "- Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (the machine is shared: compare ratios, not absolute figures)."
    echo
    echo "Rerun: \`bench/run.sh\` (options: \`--scale N\`, \`--warmup S\`, \`--duration S\`, \`--scenarios a,b\`, \`--no-large\`, \`--build\`, \`--reuse\`, \`--jfr FILE\`, \`--no-cds\`; JAVA_OPTS and MALLOC_ARENA_MAX in the environment)."
    echo "<!-- bench:end -->"
} > "$WORK/table.md"

mkdir -p "$(dirname "$OUT")"
if [ -f "$OUT" ] && grep -q '<!-- bench:start' "$OUT"; then
    awk -v table="$WORK/table.md" '
        /<!-- bench:start/ { while ((getline line < table) > 0) print line; skip = 1; next }
        /<!-- bench:end -->/ { skip = 0; next }
        !skip { print }' "$OUT" > "$WORK/out.md"
    cp "$WORK/out.md" "$OUT"
else
    { echo "# Performance"; echo; cat "$WORK/table.md"; } > "$OUT"
fi
cat "$WORK/table.md"
log "written to $OUT (raw wrk and pgbench output in $WORK)"
