#!/usr/bin/env bash
# A throw-away PostgreSQL server for the ServiceDesk tests and the load run.
#
#   pg=$(eng/postgres.sh start) || exit 1; eval "$pg"
#                                      # installs Debian's postgresql if needed, starts a cluster in a temp dir,
#                                      # prints: export CRM_TEST_POSTGRES='Host=...'; export CRM_PG_DIR='/tmp/...'
#   eng/postgres.sh stop [dir]        # stops the cluster in dir (default $CRM_PG_DIR) and removes dir
#
# Progress goes to stderr; stdout holds only the export lines, so `eval` is safe. Any failure exits non-zero with a
# message: CI must fail loudly, never skip the PostgreSQL run silently. (A bare `eval "$(eng/postgres.sh start)"`
# would swallow the exit code: check it as above.)
# Must run as root (CI does): PostgreSQL refuses to run as root, so the server runs as the package's `postgres` user.
set -euo pipefail

PG_USER=postgres
DB_NAME=crm
DB_ROLE=crm
FIRST_PORT=${CRM_PG_PORT:-55432}

say() { echo "postgres.sh: $*" >&2; }
die() { echo "postgres.sh: FAILED: $*" >&2; exit 1; }
# Run as the postgres user from a directory it can read (root's home is not), so tools do not warn about the cwd.
as_pg() { (cd "$dir" && runuser -u "$PG_USER" -- "$@"); }

find_bin() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    if [ -x "$d/initdb" ]; then echo "$d"; fi
  done | sort -V | tail -n 1
}

install_if_missing() {
  if [ -n "$(find_bin)" ]; then return 0; fi
  [ "$(id -u)" -eq 0 ] || die "PostgreSQL is not installed and installing it needs root"
  command -v apt-get > /dev/null || die "PostgreSQL is not installed and apt-get is not available"
  say "installing Debian's postgresql package"
  export DEBIAN_FRONTEND=noninteractive
  # The package's own 'main' cluster may or may not start (no init system in a container); we do not use it.
  apt-get update -q >&2 || die "apt-get update failed"
  apt-get install -y -q --no-install-recommends postgresql >&2 || die "apt-get install postgresql failed"
  [ -n "$(find_bin)" ] || die "postgresql installed, but no /usr/lib/postgresql/*/bin/initdb found"
}

port_busy() { (exec 3<> "/dev/tcp/127.0.0.1/$1") 2> /dev/null; }

start() {
  [ "$(id -u)" -eq 0 ] || die "run as root (the server is started as user '$PG_USER' with runuser)"
  command -v runuser > /dev/null || die "runuser not found (util-linux)"
  install_if_missing
  getent passwd "$PG_USER" > /dev/null || die "user '$PG_USER' does not exist (the postgresql package creates it)"
  local bin; bin=$(find_bin)
  say "using $bin"

  dir=$(mktemp -d "${TMPDIR:-/tmp}/crm-pg.XXXXXX") || die "mktemp failed"
  # On any failure from here on, stop what was started and remove the directory.
  trap 'rc=$?; if [ $rc -ne 0 ]; then as_pg "$bin/pg_ctl" -D "$dir/data" status > /dev/null 2>&1 && as_pg "$bin/pg_ctl" -D "$dir/data" -m immediate stop > /dev/null 2>&1; rm -rf "$dir"; fi' EXIT
  chown "$PG_USER": "$dir"; chmod 700 "$dir"

  local password; password=$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')
  [ "${#password}" -eq 32 ] || die "could not read a random password from /dev/urandom"

  say "initdb in $dir/data"
  as_pg "$bin/initdb" -D "$dir/data" -U "$PG_USER" --auth-local=peer --auth-host=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 > "$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; die "initdb failed"; }

  # Try ports upward from FIRST_PORT: another cluster (another engineer's, another CI job) may hold one.
  # max_connections 300, not the default 100: the cluster suite runs its test classes in parallel, each on its own
  # 3-silo cluster with its own connection pool (up to 100 each), so at peaks the default could make the server
  # refuse logins ("53300: sorry, too many clients already"). The server is throw-away; 300 slots cost a few MB.
  local port started=0
  for port in $(seq "$FIRST_PORT" $((FIRST_PORT + 19))); do
    if port_busy "$port"; then continue; fi
    if as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
         -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=on -c max_connections=300" start > /dev/null 2>&1; then
      started=1; break
    fi
    say "could not start on port $port, trying the next one"
  done
  [ "$started" -eq 1 ] || { tail -n 20 "$dir/server.log" >&2 || true; die "the server did not start on any port from $FIRST_PORT"; }
  say "server up on 127.0.0.1:$port (socket in $dir)"

  as_pg "$bin/psql" -h "$dir" -p "$port" -U "$PG_USER" -d postgres -v ON_ERROR_STOP=1 -q \
    -c "CREATE ROLE $DB_ROLE LOGIN CREATEDB PASSWORD '$password'" \
    -c "CREATE DATABASE $DB_NAME OWNER $DB_ROLE" > /dev/null \
    || die "creating role and database failed"

  local cs="Host=127.0.0.1;Port=$port;Database=$DB_NAME;Username=$DB_ROLE;Password=$password"
  # Prove the password login works over TCP, as the tests will connect.
  PGPASSWORD=$password as_pg "$bin/psql" "host=127.0.0.1 port=$port dbname=$DB_NAME user=$DB_ROLE" \
    -v ON_ERROR_STOP=1 -tAq -c "SELECT 1" > /dev/null \
    || die "password login over TCP failed"
  say "database '$DB_NAME', user '$DB_ROLE' ready"
  trap - EXIT
  printf "export CRM_TEST_POSTGRES='%s'\nexport CRM_PG_DIR='%s'\n" "$cs" "$dir"
}

stop() {
  dir=${1:-${CRM_PG_DIR:-}}
  [ -n "$dir" ] || die "stop: no directory given and CRM_PG_DIR is not set"
  [ -d "$dir/data" ] || die "stop: $dir holds no cluster"
  case "$dir" in */crm-pg.*) ;; *) die "stop: $dir was not made by this script (expected */crm-pg.*)";; esac
  local bin; bin=$(find_bin)
  [ -n "$bin" ] || die "stop: no PostgreSQL binaries found"
  if as_pg "$bin/pg_ctl" -D "$dir/data" status > /dev/null 2>&1; then
    as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop > /dev/null || die "stop: pg_ctl stop failed"
  fi
  rm -rf "$dir"
  say "stopped and removed $dir"
}

case "${1:-}" in
  start) start ;;
  stop) shift; stop "$@" ;;
  *) echo "usage: $0 start | stop [dir]" >&2; exit 2 ;;
esac
