#!/usr/bin/env bash
# Odnowa benchmark: the packaged API against PostgreSQL's own speed for the same SQL, in one run.
#
#   bench/run.sh [--scale N] [--volume V] [--warmup S] [--duration S] [--scenarios a,b,c,d] [--no-large] [--build]
#                [--reuse] [--no-import] [--no-report] [--jfr FILE] [--no-cds] [--out FILE]
#
# Creates the database odnowa_bench ($BENCH_DB) on $PGHOST:$PGPORT (default 127.0.0.1:5432, user postgres), lets the
# application (port $BENCH_PORT, default 18080) create the schema with Flyway, loads the standard data set
# (bench/generate.sql; --volume V: V times its projects and observations), restarts the
# application and times its start, then for every scenario runs wrk against the API and pgbench against
# PostgreSQL with the statements the API sends (bench/sql/*.sql, prepared), 32 connections each, after a
# warm-up rounds over all scenarios until the JIT has settled, and a warm-up of its own. --reuse keeps a data set of the
# same scale and volume. Scenario b is measured again with the same data spread over 1,000 municipalities (skip with
# --no-large). After the scenarios, timed once each and printed, not asserted: a 100,000-row CSV import of projects
# into a new programme through the API, signed in as the superadmin (--no-import), and the evaluation report of a
# city with 1,000 projects, cold and warm (--no-report); both remove their rows again. The results table replaces
# the generated section of docs/performance.md (--out to write elsewhere). Needs wrk and pgbench (Debian packages
# wrk and postgresql-client), psql, java 17+.
# The timed start uses a class-data archive of the application, written by a training start just before it
# (--no-cds: the JDK's default archive only). A benchmark, not a test: nothing here asserts a figure.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH="$ROOT/bench"
SCALE=1
VOLUME=1
WARMUP=10
DURATION=15
SCENARIOS=a,b,c,d
LARGE=1000
BUILD=0
REUSE=0
IMPORT=1
REPORT=1
JFR=""
CDS=1
OUT="$ROOT/docs/performance.md"
CONNECTIONS=32
MAX_WARMUP_ROUNDS=6
IMPORT_ROWS=100000
# The municipalities of the timed import and report: county 99, which generate.sql's codes (county 01-62) never use.
IMPORT_TERYT=3099021
REPORT_TERYT=3099011
# The superadmin's password, given to the application's first start (ODNOWA_ADMIN_PASSWORD); generate.sql keeps the
# superadmin, so the timed import can sign in with it on a reused data set too.
ADMIN_PASSWORD=${BENCH_ADMIN_PASSWORD:-odnowa-bench-admin}
# The application starts through bin/odnowa, the README's run command, exactly as a user starts it: its memory
# profile (serial collector, small heap, capped stacks and code cache, periodic trim of the C heap, two malloc
# arenas: docs/performance.md, sections 5, 8 and 17) and its class-data archive, written by a training start.
# JAVA_OPTS in the environment replaces that profile (JAVA_OPTS= for the JVM's own defaults).
while [ $# -gt 0 ]; do
    case "$1" in
        --scale) SCALE=$2; shift 2 ;;
        --volume) VOLUME=$2; shift 2 ;;
        --warmup) WARMUP=$2; shift 2 ;;
        --duration) DURATION=$2; shift 2 ;;
        --scenarios) SCENARIOS=$2; shift 2 ;;
        --no-large) LARGE=0; shift ;;
        --build) BUILD=1; shift ;;
        --reuse) REUSE=1; shift ;;
        --no-import) IMPORT=0; shift ;;
        --no-report) REPORT=0; shift ;;
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
    # Another process answering on the port would be measured instead (and its readiness timed).
    if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
        echo "bench: port $PORT is already in use (set BENCH_PORT)" >&2
        exit 1
    fi
    t0=$(date +%s%N)
    QUARKUS_HTTP_PORT=$PORT QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
        QUARKUS_DATASOURCE_USERNAME="$PGUSER" QUARKUS_DATASOURCE_PASSWORD=${PGPASSWORD:-x} \
        ODNOWA_DEMO_DATA_ENABLED=false ODNOWA_ADMIN_PASSWORD="$ADMIN_PASSWORD" ODNOWA_JAR="$JAR" ODNOWA_CDS=$cds ODNOWA_CDS_DIR="$WORK" \
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

# Stops the run when the application has exited (an OutOfMemoryError in the small heap ends it: ExitOnOutOfMemoryError)
# instead of measuring a closed port.
require_app() {
    kill -0 "$APP_PID" 2> /dev/null && return 0
    echo "bench: the application exited during $1; the end of its log:" >&2
    tail -3 "$WORK/app.log" >&2
    exit 1
}

cpu_ticks() { awk '{print $14 + $15}' "/proc/$APP_PID/stat"; }
# The application's resident memory (VmRSS) or its peak (VmHWM), in KiB.
memory_kb() { awk -v field="$1:" '$1 == field {print $2}' "/proc/$APP_PID/status"; }
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

# Loads the data set at scale $1 and $VOLUME; prints the milliseconds it took. generate.sql ends with vacuum analyze:
# a settled database, as one in service is (hint bits set, visibility map and statistics current); otherwise
# autovacuum works through the million new rows during whichever scenarios run first.
load_data() {
    local scale=$1 t0 t1
    t0=$(date +%s%N)
    psql -q -X -v scale="$scale" -v volume="$VOLUME" -f "$BENCH/generate.sql" "$DB" > /dev/null
    psql -q -X -f "$BENCH/sql/page.sql" "$DB" > /dev/null 2>&1
    t1=$(date +%s%N)
    echo $(( (t1 - t0) / 1000000 ))
}

# The id ranges of the loaded data set, for the random ids of the scenarios: wrk's scripts read them from the
# environment, pgbench's as variables (-D).
read_ranges() {
    read -r BENCH_PROGRAMMES BENCH_SUBAREAS BENCH_PROJECTS BENCH_INDICATORS OBSERVATIONS <<< "$(psql -X -At -F ' ' -d "$DB" \
        -c "select programmes, subareas, projects, indicators, observations from bench_dataset")"
    export BENCH_PROGRAMMES BENCH_SUBAREAS BENCH_PROJECTS BENCH_INDICATORS
    PGBENCH_VARS=(-D "programmes=$BENCH_PROGRAMMES" -D "subareas=$BENCH_SUBAREAS" -D "projects=$BENCH_PROJECTS"
        -D "indicators=$BENCH_INDICATORS")
}

# pgbench's warm-up and measurement of one script of bench/sql, with the scenarios' connections and id ranges;
# the measurement's output goes to $2.
run_pgbench() {
    local pgbench=(pgbench -n -M prepared "${PGBENCH_VARS[@]}" -c "$CONNECTIONS" -j 2 -f "$BENCH/sql/$1")
    "${pgbench[@]}" -T "$WARMUP" "$DB" > /dev/null 2>&1
    "${pgbench[@]}" -T "$DURATION" "$DB" > "$2" 2>&1
}

# One scenario: wrk warm-up and measurement against the API, then pgbench warm-up and measurement of its SQL.
# Prints: api_rps p50_ms p99_ms p999_ms cpu_ms_per_request sql_tps ceiling_tps
measure() {
    local s=$1 url="http://127.0.0.1:$PORT"
    wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s "$BENCH/wrk/$s.lua" "$url" > /dev/null
    local before after
    before=$(cpu_ticks)
    wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$BENCH/wrk/$s.lua" "$url" > "$WORK/wrk-$s.txt"
    require_app "scenario $s"
    after=$(cpu_ticks)
    if grep -q 'Non-2xx' "$WORK/wrk-$s.txt"; then
        echo "bench: scenario $s answered errors:" >&2; cat "$WORK/wrk-$s.txt" >&2; exit 1
    fi
    run_pgbench "$s.sql" "$WORK/pgbench-$s.txt"
    # The ceiling: the fastest single statement giving the same answer (sql/ceiling-S.sql); where the API already
    # sends one such statement, its own script is the ceiling and is not run twice.
    if [ -f "$BENCH/sql/ceiling-$s.sql" ]; then
        run_pgbench "ceiling-$s.sql" "$WORK/ceiling-$s.txt"
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

# Seconds with two decimals from curl's time_total.
secs() { awk -v t="$1" 'BEGIN { printf "%.2f", t }'; }

# The timed import (docs/performance.md, section 14, the same file shape): signed in as the superadmin, a new
# municipality and programme, then $IMPORT_ROWS projects as one CSV through POST /api/v1/programmes/{id}/import.
# Appends its line to EXTRA.
time_import() {
    local url="http://127.0.0.1:$PORT" token programme reply status seconds
    log "timed import of $IMPORT_ROWS projects"
    token=$(curl -s -X POST "$url/api/v1/auth/token" -H 'Content-Type: application/json' \
        -d "{\"username\":\"admin\",\"password\":\"$ADMIN_PASSWORD\"}" | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
    if [ -z "$token" ]; then
        EXTRA+=("- Import: not timed, the sign-in as admin failed (a data set loaded by an older bench/run.sh has another superadmin password: run once without --reuse).")
        return 0
    fi
    curl -sf -o /dev/null -X POST "$url/api/v1/municipalities" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
        -d "{\"teryt\":\"$IMPORT_TERYT\",\"name\":\"Gmina importu\"}" || { echo "bench: creating municipality $IMPORT_TERYT failed" >&2; exit 1; }
    programme=$(curl -sf -D - -o /dev/null -X POST "$url/api/v1/programmes" -H "Authorization: Bearer $token" \
        -H 'Content-Type: application/json' -d "{\"municipality\":\"$IMPORT_TERYT\",\"name\":\"GPR importu\",\"legalBasis\":\"GPR\",\"status\":\"IN_FORCE\",\"periodFrom\":2022,\"periodTo\":2030}" \
        | tr -d '\r' | sed -n 's|^[Ll]ocation: .*/programmes/\([0-9]*\)$|\1|p')
    [ -n "$programme" ] || { echo "bench: creating the import's programme failed" >&2; exit 1; }
    seq 1 "$IMPORT_ROWS" | awk 'BEGIN { printf "externalId,kind,title,status,totalCost\r\n" }
        { printf "P-%d,BASIC,Projekt %d,PIPELINE,%d.00\r\n", $1, $1, $1 }' > "$WORK/import.csv"
    reply=$(curl -s -o "$WORK/import.json" -w '%{http_code} %{time_total}' -X POST -H "Authorization: Bearer $token" \
        -H 'Content-Type: text/csv' --data-binary @"$WORK/import.csv" "$url/api/v1/programmes/$programme/import?kind=projects")
    read -r status seconds <<< "$reply"
    if [ "$status" != 200 ] || ! grep -q "\"created\":$IMPORT_ROWS" "$WORK/import.json"; then
        echo "bench: the timed import answered $status:" >&2; head -c 2000 "$WORK/import.json" >&2; echo >&2; exit 1
    fi
    log "imported in $(secs "$seconds") s"
    EXTRA+=("- Import: $IMPORT_ROWS projects from one CSV ($(( $(stat -c %s "$WORK/import.csv") / 1024 )) KiB, docs/performance.md section 14) into a new programme through POST /api/v1/programmes/{id}/import?kind=projects: $(secs "$seconds") s, $(awk -v n="$IMPORT_ROWS" -v t="$seconds" 'BEGIN { printf "%.0f", n / t }') rows/s (one run, after the scenarios).")
}

# One report request; prints "seconds kilobytes", fails the run on an answer other than 200.
report_request() {
    local accept=$1 path=$2 reply status seconds bytes
    reply=$(curl -s -o "$WORK/report.out" -w '%{http_code} %{time_total} %{size_download}' -H "Accept: $accept" "http://127.0.0.1:$PORT$path")
    read -r status seconds bytes <<< "$reply"
    if [ "$status" != 200 ]; then
        echo "bench: GET $path ($accept) answered $status:" >&2; head -c 2000 "$WORK/report.out" >&2; echo >&2; exit 1
    fi
    echo "$seconds $((bytes / 1024))"
}

# The timed report: a city of 1,000 projects (sql/report-city.sql), its programme's and its municipality's report as
# JSON and PDF, anonymous as a reader asks for it. Cold: the first request of each kind since the start (the first
# of all pays for the report code's class loading and JIT); warm: the fastest of the next three. Appends to EXTRA.
time_report() {
    local programme kind accept path out cold warm kb t joined
    log "timed report of a city with 1,000 projects"
    psql -q -X -v teryt="$REPORT_TERYT" -f "$BENCH/sql/report-city.sql" "$DB" > /dev/null
    programme=$(psql -X -At -d "$DB" -c "select id from programme where municipality_teryt = '$REPORT_TERYT'")
    local parts=()
    for kind in programme municipality; do
        for accept in application/json application/pdf; do
            if [ "$kind" = programme ]; then path="/api/v1/programmes/$programme/report"; else path="/api/v1/municipalities/$REPORT_TERYT/report"; fi
            out=$(report_request "$accept" "$path")
            read -r cold kb <<< "$out"
            warm=""
            for _ in 1 2 3; do
                out=$(report_request "$accept" "$path")
                t=${out% *}
                warm=$(awk -v a="$warm" -v b="$t" 'BEGIN { print (a == "" || b < a) ? b : a }')
            done
            parts+=("$kind ${accept#application/} cold $(secs "$cold") s, warm $(secs "$warm") s ($kb KiB)")
        done
    done
    joined=$(printf '%s; ' "${parts[@]}")
    joined=${joined%; }
    log "report: $joined"
    EXTRA+=("- Report of a city with 1,000 projects (one programme, 10 subareas, 10 indicators; bench/sql/report-city.sql), GET .../report as an anonymous reader, cold = the first request of its kind since the start, warm = the fastest of the next three: $joined.")
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
# Reused only when generate.sql loaded it at this scale and volume and nothing was left behind since (pristine: a
# run stopped during the timed import or report leaves its rows, and the next run loads again).
if [ "$REUSE" = 1 ] && [ "$(psql -X -At -d "$DB" -c "select scale || ' ' || volume from bench_dataset where pristine" 2> /dev/null)" = "$SCALE $VOLUME" ]; then
    LOAD_MS=0
    log "reusing the data set already loaded at $SCALE municipalities, volume $VOLUME"
else
    psql -q -X -d postgres -c "drop database if exists $DB" -c "create database $DB" > /dev/null
    start_app   # Flyway creates the schema
    stop_app
    log "loading the standard data set at $SCALE municipalities, volume $VOLUME"
    LOAD_MS=$(load_data "$SCALE")
    log "loaded in $LOAD_MS ms"
fi
read_ranges
log "$BENCH_PROJECTS projects in $BENCH_PROGRAMMES programmes, $BENCH_INDICATORS indicators over $BENCH_SUBAREAS subareas"
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
        require_app "warm-up round $WARMUP_ROUNDS, scenario $s"
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
RSS_KB=$(memory_kb VmRSS)
HWM_KB=$(memory_kb VmHWM)
if [ "$LARGE" != 0 ] && [[ ",$SCENARIOS," == *,b,* ]]; then
    log "reloading the data set spread over $LARGE municipalities"
    LARGE_LOAD_MS=$(load_data "$LARGE")
    log "loaded in $LARGE_LOAD_MS ms; scenario b again"
    ROWS+=("b1000 $(measure b)")
    HWM_KB=$(memory_kb VmHWM)
fi
EXTRA=()
if [ "$IMPORT" = 1 ] || [ "$REPORT" = 1 ]; then
    psql -q -X -d "$DB" -c "update bench_dataset set pristine = false"
    AUDIT_MARK=$(psql -X -At -d "$DB" -c "select coalesce(max(id), 0) from audit_log")
    if [ "$IMPORT" = 1 ]; then time_import; fi
    if [ "$REPORT" = 1 ]; then time_report; fi
    EXTRA_HWM_KB=$(memory_kb VmHWM)
    EXTRA_RSS_KB=$(memory_kb VmRSS)
    sleep 15   # one interval of bin/odnowa's native heap trim, and some
    IDLE_RSS_KB=$(memory_kb VmRSS)
    EXTRA+=("- Resident memory after the timed import and report: $((EXTRA_RSS_KB / 1024)) MB, 15 s later $((IDLE_RSS_KB / 1024)) MB; peak (VmHWM) until then: $((EXTRA_HWM_KB / 1024)) MB.")
    log "removing the rows of the timed import and report"
    psql -q -X -v import_teryt="$IMPORT_TERYT" -v report_teryt="$REPORT_TERYT" -v audit_mark="$AUDIT_MARK" \
        -f "$BENCH/sql/extra-cleanup.sql" "$DB" > /dev/null
fi
stop_app

# ---- the report --------------------------------------------------------------------------------
CPU_MODEL=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
{
    echo "<!-- bench:start (generated by bench/run.sh; edit outside these markers) -->"
    echo "Run of $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores ($CPU_MODEL), $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo),"
    echo "$(psql -X -At -d "$DB" -c 'select version()' | cut -d, -f1), $(java -version 2>&1 | head -1)."
    echo "Standard data set at $SCALE municipalities, volume $VOLUME ($BENCH_PROJECTS projects, $OBSERVATIONS observations)$([ "$LOAD_MS" -gt 0 ] && echo ", loaded in $((LOAD_MS / 1000)).$(( (LOAD_MS % 1000) / 100 )) s");"
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
    if [ ${#EXTRA[@]} -gt 0 ]; then printf '%s\n' "${EXTRA[@]}"; fi
    echo "- Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (the machine is shared: compare ratios, not absolute figures)."
    echo
    echo "Rerun: \`bench/run.sh\` (options: \`--scale N\`, \`--volume V\`, \`--warmup S\`, \`--duration S\`, \`--scenarios a,b\`, \`--no-large\`, \`--build\`, \`--reuse\`, \`--no-import\`, \`--no-report\`, \`--jfr FILE\`, \`--no-cds\`; JAVA_OPTS and MALLOC_ARENA_MAX in the environment)."
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
