# A throwaway PostgreSQL server in a directory of its own, on a free loopback port, with the role kembar: for the
# PostgreSQL test suite (scripts/test-on-postgresql) and the benchmark (bench/lib.sh). Sourced, not run.
# shellcheck shell=bash

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null \
        || echo 55$((RANDOM % 900 + 100))
}

# The machine's PostgreSQL server binaries, from the Debian packages when they are missing.
pg_install() {
    if [ -z "$(pg_bin)" ]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    fi
}

# pg_server_start <dir> [server settings...]: creates the cluster once, starts it (its port in <dir>/port) unless it
# runs already, and creates the role kembar (password kembar, may create databases).
pg_server_start() {
    local dir=$1 bin port
    shift
    bin=$(pg_bin)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        # a linguistic default collation (ICU's root locale), as a production server's locale has, not the bytewise
        # C of a bare machine: lists must come in H2's order whatever the server sorts text by (TextSortOrderTest)
        as_postgres "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 \
            --locale-provider=icu --icu-locale=und --locale=C.UTF-8 >/dev/null
    fi
    if [ -f "$dir/port" ] && as_postgres "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then return; fi
    port=$(free_port)
    as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 $*" start >/dev/null
    echo "$port" > "$dir/port"
    pg_psql "$dir" -c "do \$\$ begin if not exists (select from pg_roles where rolname = 'kembar') then
        create role kembar login password 'kembar' createdb; end if; end \$\$" >/dev/null
}

pg_server_stop() {
    local dir=$1
    [ -f "$dir/data/PG_VERSION" ] || return 0
    as_postgres "$(pg_bin)/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
    rm -f "$dir/port"
}

# pg_psql <dir> [psql arguments...]: as the superuser, over the server's socket
pg_psql() { as_postgres psql -q -h "$1" -p "$(cat "$1/port")" -U postgres -v ON_ERROR_STOP=1 "${@:2}"; }
pg_jdbc_url() { echo "jdbc:postgresql://127.0.0.1:$(cat "$1/port")/$2"; }
