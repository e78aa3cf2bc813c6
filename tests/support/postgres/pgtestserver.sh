#!/usr/bin/env bash
# A throw-away PostgreSQL server on loopback for the tests of the team archive.
#
#   pgtestserver.sh start DIR PORT   initdb a cluster under /tmp, start it on 127.0.0.1:PORT, create
#                                    the database "nianbao_test"; write DIR/uri (a libpq URI)
#                                    and DIR/datadir (where the cluster is)
#   pgtestserver.sh stop DIR         stop it and remove it and DIR
#
# Run by ctest as a fixture (tests/CMakeLists.txt), so `cmake --workflow --preset default` needs
# no separate step. When no server can be started (PostgreSQL not installed, no way to run it as
# a non-root user) `start` still exits 0 and writes the reason to DIR/unavailable: the tests
# then skip with that message instead of failing. An existing server can be used instead by
# setting NIANBAO_TEST_PG_URI before running the tests.
set -u

command=${1:-}
dir=${2:-}
port=${3:-54329}
[ -n "$command" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop DIR [PORT]" >&2; exit 2; }

unavailable() {
    mkdir -p "$dir"
    printf '%s\n' "$*" > "$dir/unavailable"
    echo "pgtestserver: $*" >&2
    exit 0
}

# The newest server installed by Debian's postgresql packages.
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)

# initdb refuses to run as root: as root the cluster belongs to the "postgres" user.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# Stops the cluster DIR/datadir names, if any, and removes it.
stop_cluster() {
    local data
    data=$(cat "$dir/datadir" 2>/dev/null) || return 0
    case "$data" in /tmp/nianbao-pgtest.*) ;; *) return 0 ;; esac
    if [ -n "$bindir" ] && [ -f "$data/data/postmaster.pid" ]; then
        as_owner "$bindir/pg_ctl" -D "$data/data" -m fast -w stop >/dev/null 2>&1 ||
            as_owner "$bindir/pg_ctl" -D "$data/data" -m immediate stop >/dev/null 2>&1
    fi
    rm -rf "$data"
}

case "$command" in
start)
    if [ -n "${NIANBAO_TEST_PG_URI:-}" ]; then
        mkdir -p "$dir" && rm -f "$dir/unavailable"
        printf '%s\n' "$NIANBAO_TEST_PG_URI" > "$dir/uri"
        exit 0
    fi
    [ -n "$bindir" ] && [ -x "$bindir/initdb" ] ||
        unavailable "PostgreSQL is not installed (Debian package postgresql)"
    if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
        unavailable "running as root and there is no postgres user to own a test cluster"
    fi
    # A cluster left by an interrupted run is stopped and replaced.
    stop_cluster
    rm -rf "$dir"
    mkdir -p "$dir"
    # The cluster lives under /tmp, not in DIR: as root it belongs to the postgres user, who
    # may not reach a build folder under a private home; and the server's socket path must
    # stay short.
    data=$(mktemp -d /tmp/nianbao-pgtest.XXXXXX) || unavailable "cannot make a folder under /tmp"
    printf '%s\n' "$data" > "$dir/datadir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$data"
    as_owner "$bindir/initdb" -D "$data/data" -U nianbao_admin --auth=trust -E UTF8 \
        --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
        unavailable "initdb failed: $(tail -n 3 "$dir/initdb.log" | tr '\n' ' ')"
    as_owner "$bindir/pg_ctl" -D "$data/data" -l "$data/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $data -c fsync=off -c max_connections=100" \
        start >/dev/null 2>&1 ||
        unavailable "the test server did not start on port $port: $(tail -n 3 "$data/server.log" 2>/dev/null | tr '\n' ' ')"
    "$bindir/createdb" -h 127.0.0.1 -p "$port" -U nianbao_admin nianbao_test >"$dir/createdb.log" 2>&1 ||
        unavailable "createdb failed: $(tr '\n' ' ' < "$dir/createdb.log")"
    printf 'postgresql://nianbao_admin@127.0.0.1:%s/nianbao_test\n' "$port" > "$dir/uri"
    echo "pgtestserver: $(cat "$dir/uri")"
    ;;
stop)
    stop_cluster
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop DIR [PORT]" >&2
    exit 2
    ;;
esac
