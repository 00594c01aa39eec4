# Shared by bench/generate and bench/run: building, the throwaway PostgreSQL server, starting and stopping the service.
# shellcheck shell=bash
set -euo pipefail
BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH")
WORK=${KEMBAR_BENCH_WORK:-$BENCH/work}
# The service runs with the JVM settings Kembar ships (Dockerfile, README): the benchmark measures what is deployed.
JAVA_OPTS_DEFAULT=$(sed -n 's/^ENV JAVA_OPTS="\(.*\) -Dquarkus.http.host=0.0.0.0"$/\1/p' "$ROOT/Dockerfile")
JAVA_OPTS=${KEMBAR_BENCH_JAVA_OPTS:-$JAVA_OPTS_DEFAULT}
PG_PORT_FILE=$WORK/pg/port
H2_PARAMS="MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
mkdir -p "$WORK"

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
now_ms() { date +%s%3N; }
size_of() { case "$1" in 1k) echo 1000 ;; 10k) echo 10000 ;; 100k) echo 100000 ;; *) echo "$1" ;; esac; }

need_tools() {
    local missing=()
    command -v wrk >/dev/null || missing+=(wrk)
    command -v curl >/dev/null || missing+=(curl)
    if [ "${1:-}" = pg ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then missing+=(postgresql); fi
    if [ ${#missing[@]} -gt 0 ]; then
        log "installing ${missing[*]}"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
}

# The packaged service for a database kind (the kind is fixed at build time), built once per source state.
build() {
    local kind=$1 profile=""
    [ "$kind" = pg ] && profile="-Ppostgresql"
    local stamp
    stamp=$(cd "$ROOT" && { git rev-parse HEAD; git diff HEAD -- src pom.xml;
        git ls-files --others --exclude-standard src | xargs -r cat; } 2>/dev/null | md5sum | cut -c1-12)
    if [ -f "$WORK/app-$kind/stamp" ] && [ "$(cat "$WORK/app-$kind/stamp")" = "$stamp" ]; then return; fi
    log "building the $kind service"
    (cd "$ROOT" && ./mvnw -B -q -DskipTests $profile package)
    rm -rf "$WORK/app-$kind" && cp -r "$ROOT/target/quarkus-app" "$WORK/app-$kind"
    rm -rf "$WORK/classes" && mkdir -p "$WORK/classes" && cp -r "$ROOT/target/classes/." "$ROOT/target/test-classes/." "$WORK/classes/"
    echo "$stamp" > "$WORK/app-$kind/stamp"
}

# The service as it was at a commit (H2), built once per commit in a git worktree of its own, into $WORK/app-$2.
build_commit() {
    local commit=$1 name=$2
    if [ "$(cat "$WORK/app-$name/commit" 2>/dev/null)" = "$commit" ]; then return; fi
    log "building the service at $commit"
    rm -rf "$WORK/$name-src"
    (cd "$ROOT" && git worktree prune && git worktree add -f --detach "$WORK/$name-src" "$commit" >/dev/null)
    (cd "$WORK/$name-src" && ./mvnw -B -q -DskipTests package)
    rm -rf "$WORK/app-$name" && cp -r "$WORK/$name-src/target/quarkus-app" "$WORK/app-$name"
    echo "$commit" > "$WORK/app-$name/commit"
    (cd "$ROOT" && git worktree remove --force "$WORK/$name-src")
}

# The parent of the commit that added a file: the service as it was before that change.
before_adding() {
    local added
    added=$(cd "$ROOT" && git log --diff-filter=A --format=%H -- "$1" | tail -1)
    (cd "$ROOT" && git rev-parse "$added^")
}

# The median of numbers.
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2)}'; }

# The bench's own Java tools (generator, request lists, report) run on the test classes and the service's libraries.
bench_java() {
    local app=$WORK/app-h2
    [ -d "$app" ] || app=$WORK/app-pg
    (cd "$ROOT" && java -cp "$WORK/classes:$app/lib/main/*" "$@")
}

# --- the throwaway PostgreSQL server (as CI runs it): its own data directory and a free port on loopback
# shellcheck source=../scripts/postgresql.sh
. "$ROOT/scripts/postgresql.sh"
pg_start() {
    # durability as in production (fsync on); shared buffers sized for a 100,000-partnership database
    pg_server_start "$WORK/pg" -c shared_buffers=256MB -c max_connections=100
    log "PostgreSQL on port $(cat "$PG_PORT_FILE") ($WORK/pg)"
}
pg_stop() { pg_server_stop "$WORK/pg"; }
psql_admin() { pg_psql "$WORK/pg" "$@"; }
pg_url() { pg_jdbc_url "$WORK/pg" "$1"; }

# --- the service
# The first ADMIN key of every database the bench starts the service on: the write mix sends it (lua/writes.lua)
export KEMBAR_BENCH_KEY=kmb_0000000000be0c40_bench-admin-key-not-a-secret-000000

# start_service <kind> <jdbc-url> <log-file>: starts it on a free port; sets SERVICE_PID, PORT, READY_MS
start_service() {
    local kind=$1 url=$2 logfile=$3
    PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    local started
    started=$(now_ms)
    # shellcheck disable=SC2086
    KEMBAR_DB_URL=$url KEMBAR_AUTH_BOOTSTRAP_KEY=$KEMBAR_BENCH_KEY KEMBAR_DEMO_DATA=false QUARKUS_HTTP_PORT=$PORT QUARKUS_HTTP_HOST=127.0.0.1 \
        java $JAVA_OPTS -jar "$WORK/app-$kind/quarkus-run.jar" >"$logfile" 2>&1 &
    SERVICE_PID=$!
    until curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; do
        if ! kill -0 "$SERVICE_PID" 2>/dev/null; then
            log "the service stopped; see $logfile"; tail -20 "$logfile" >&2; return 1
        fi
        sleep 0.05
    done
    READY_MS=$(($(now_ms) - started))
}
stop_service() {
    if [ -n "${SERVICE_PID:-}" ] && kill -0 "$SERVICE_PID" 2>/dev/null; then
        kill "$SERVICE_PID" && wait "$SERVICE_PID" 2>/dev/null || true
    fi
    SERVICE_PID=
}
rss_mb() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$SERVICE_PID/status"; }

# "<statements> <requests>": the SQL statements the service has sent (Hibernate's counter) and the API requests it
# has taken (the HTTP server's, which counts a request whose client went away when it went), read from /q/metrics
# once no request holds a database connection: a request wrk stopped waiting for at the end of its run still runs,
# and its statements belong to the run that sent it (a text search at 100,000 takes seconds). At most 120 s.
counters() {
    local line
    for _ in $(seq 1 1200); do
        line=$(curl -fs "http://127.0.0.1:$PORT/q/metrics" | awk '
            index($0, "hibernate_statements_total{") == 1 && /status="prepared"/ {s += $NF}
            index($0, "http_server_requests_seconds_count{") == 1 && index($0, "uri=\"/api/") {r += $NF}
            index($0, "agroal_active_count{") == 1 {a += $NF}
            END {printf "%d %d %d\n", s, r, a}')
        [ "${line##* }" = 0 ] && break
        sleep 0.1
    done
    echo "${line% *}"
}

# the H2 URL of a data set's working copy
h2_url() { echo "jdbc:h2:file:$1/kembar;$H2_PARAMS"; }
