#!/usr/bin/env bash
# Tests scripts/setup's choices without installing anything: apt-get, id,
# sudo and pgrep are stand-ins on PATH (apt-get records its arguments and
# what the two service settings said while it ran), and SETUP_ROOT points
# the probed files at a directory of the test's own.
#   Tests/Scripts/setup-test.sh      (scripts/test runs it)
set -uo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

# The stand-ins. SETUP_TEST_UID is what id -u says; SETUP_TEST_STARTS
# makes the install "start" a process that pgrep then sees.
mkdir -p "$work/bin"
cat >"$work/bin/apt-get" <<'EOF'
#!/usr/bin/env bash
echo "$*" >>"$SETUP_TEST_LOG/apt-get"
[ "$1" = install ] || exit 0
policy=$SETUP_ROOT/usr/sbin/policy-rc.d
if [ -x "$policy" ]; then "$policy" ssh start; echo "policy-rc.d exits $?"; else echo "no policy-rc.d"; fi \
  >>"$SETUP_TEST_LOG/during"
grep -h 'create_main_cluster\|^ssl' "$SETUP_ROOT/etc/postgresql-common/createcluster.conf" \
  >>"$SETUP_TEST_LOG/during" 2>/dev/null || echo "no createcluster.conf" >>"$SETUP_TEST_LOG/during"
# postgresql-common keeps the file it found and leaves its own beside it.
if [[ " $* " == *" postgresql "* ]]; then
  printf 'ssl = on\n' >"$SETUP_ROOT/etc/postgresql-common/createcluster.conf.ucf-dist"
fi
[ -z "${SETUP_TEST_STARTS:-}" ] || touch "$SETUP_TEST_LOG/started"
exit "${SETUP_TEST_APT_STATUS:-0}"
EOF
cat >"$work/bin/id" <<'EOF'
#!/bin/sh
echo "${SETUP_TEST_UID:-0}"
EOF
cat >"$work/bin/sudo" <<'EOF'
#!/bin/sh
exit 1
EOF
cat >"$work/bin/pgrep" <<'EOF'
#!/bin/sh
# pgrep -x NAME: an sshd that was running before, and one the install started.
[ "$2" = sshd ] || exit 1
echo 100
[ -e "$SETUP_TEST_LOG/started" ] && echo 4242
exit 0
EOF
chmod +x "$work/bin/"*

# Runs scripts/setup on a fresh root and log; sets status, output, log, root.
case_number=0
setup() {
  case_number=$((case_number + 1))
  root=$work/root$case_number
  log=$work/log$case_number
  mkdir -p "$root" "$log"
  [ -z "${prepare:-}" ] || "$prepare"
  output=$(PATH="$work/bin:$PATH" SETUP_ROOT=$root SETUP_TEST_LOG=$log "$repo/scripts/setup" "$@" 2>&1)
  status=$?
}
check() {
  local name=$1
  shift
  if "$@"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "setup test FAILED: $name" >&2
    echo "  output: $output" >&2
    [ -e "$log/apt-get" ] && sed 's/^/  apt-get /' "$log/apt-get" >&2
    [ -e "$log/during" ] && sed 's/^/  during: /' "$log/during" >&2
  fi
}
# The packages of apt-get's Nth install call, sorted, one line.
installed() {
  grep '^install' "$log/apt-get" 2>/dev/null | sed -n "${1}p" |
    awk '{ for (i = 2; i <= NF; i++) { if ($i == "-o") i++; else if ($i !~ /^-/) print $i } }' |
    sort | tr '\n' ' '
}
is() { [ "$1" = "$2" ] || { echo "  expected: $2" >&2; echo "  got:      $1" >&2; false; }; }
absent() { [ ! -e "$1" ]; }
said() { grep -q -- "$1" <<<"$output"; }

quick="libncurses-dev libsqlite3-dev pkg-config "
tools="bash-completion dpkg-dev exim4-daemon-light less lintian man-db openssh-client \
openssh-server openssl postgresql tmux "

# The quick start: the headers and pkg-config, no service, nothing held.
setup
check "quick start succeeds" is "$status" 0
check "quick start installs only what building needs" is "$(installed 1)" "$quick"
check "quick start asks apt-get once" is "$(grep -c '^install' "$log/apt-get")" 1
check "quick start holds no service (nothing to hold)" is "$(cat "$log/during")" \
  "no policy-rc.d
no createcluster.conf"
check "quick start says what it installed" said "installed libncurses-dev libsqlite3-dev pkg-config"

# The tests' tools on a bare machine: services held while they install.
setup --tests
check "--tests succeeds" is "$status" 0
check "--tests installs the test tools" is "$(installed 1)" \
  "$(echo "$quick$tools" | tr ' ' '\n' | grep . | sort | tr '\n' ' ')"
check "--tests: policy-rc.d refuses starts, no main cluster, during the install" \
  is "$(cat "$log/during")" "policy-rc.d exits 101
create_main_cluster = false"
check "--tests: policy-rc.d is gone again" absent "$root/usr/sbin/policy-rc.d"
check "--tests: createcluster.conf is postgresql-common's own afterwards" \
  is "$(cat "$root/etc/postgresql-common/createcluster.conf")" "ssl = on"
check "--tests: no ucf-dist left" absent "$root/etc/postgresql-common/createcluster.conf.ucf-dist"
check "--tests says no service started" said "started no service and created no database cluster"
check "--tests does not install the browser" is "$(grep -c '^install' "$log/apt-get")" 1

# With the browser: a second, optional install.
setup --with-browser
check "--with-browser succeeds" is "$status" 0
check "--with-browser adds chromium and poppler" is "$(installed 2)" "chromium poppler-utils "

# Settings that were there are put back byte for byte (and kept while held).
existing() {
  mkdir -p "$root/usr/sbin" "$root/etc/postgresql-common"
  printf '#!/bin/sh\nexit 0\n' >"$root/usr/sbin/policy-rc.d"
  chmod 0750 "$root/usr/sbin/policy-rc.d"
  printf 'ssl = off\ncreate_main_cluster = true\n' >"$root/etc/postgresql-common/createcluster.conf"
}
prepare=existing setup --tests
check "existing settings: succeeds" is "$status" 0
check "existing settings: held during the install, other lines kept" is "$(cat "$log/during")" \
  "policy-rc.d exits 101
ssl = off
create_main_cluster = false"
check "existing settings: policy-rc.d restored" is "$(cat "$root/usr/sbin/policy-rc.d")" \
  "$(printf '#!/bin/sh\nexit 0')"
check "existing settings: policy-rc.d mode restored" is "$(stat -c %a "$root/usr/sbin/policy-rc.d")" 750
check "existing settings: createcluster.conf restored" \
  is "$(cat "$root/etc/postgresql-common/createcluster.conf")" "$(printf 'ssl = off\ncreate_main_cluster = true')"

# A machine that has it all: apt-get is not asked.
everything() {
  local file
  for file in usr/include/ncursesw/curses.h usr/include/x86_64-linux-gnu/sqlite3.h \
    usr/sbin/sshd usr/lib/postgresql/15/bin/initdb usr/sbin/exim4 \
    usr/share/bash-completion/bash_completion; do
    mkdir -p "$root/$(dirname "$file")"
    touch "$root/$file"
  done
  mkdir -p "$root/usr/bin"
  for file in pkg-config tmux less ssh ssh-keygen openssl man lintian dpkg-shlibdeps chromium \
    pdftotext; do
    touch "$root/usr/bin/$file"
    chmod +x "$root/usr/bin/$file"
  done
}
prepare=everything setup --with-browser
check "complete machine: succeeds" is "$status" 0
check "complete machine: apt-get not called" absent "$log/apt-get"
check "complete machine: policy-rc.d never written" absent "$root/usr/sbin/policy-rc.d"

# Only PostgreSQL missing: still no cluster and no start while it installs.
all_but_postgresql() {
  everything
  rm -r "$root/usr/lib/postgresql"
}
prepare=all_but_postgresql setup --tests
check "only PostgreSQL: installs it alone" is "$(installed 1)" "postgresql "
check "only PostgreSQL: held during the install" is "$(cat "$log/during")" "policy-rc.d exits 101
create_main_cluster = false"

# Another mail server's sendmail stays: exim4 is not installed over it.
other_mta() {
  mkdir -p "$root/usr/sbin"
  touch "$root/usr/sbin/sendmail"
}
prepare=other_mta setup --tests
check "other MTA: succeeds" is "$status" 0
check "other MTA: exim4 not installed" is "$(installed 1 | grep -c exim4)" 0
check "other MTA: says so" said "exim4 is not installed over it"

# Without root or sudo: the command to run, and nothing touched.
SETUP_TEST_UID=1000 setup --tests
check "no root: fails" is "$status" 1
check "no root: prints the command" said "sudo apt-get update && sudo apt-get install -y --no-install-recommends"
check "no root: apt-get not called" absent "$log/apt-get"
check "no root: policy-rc.d never written" absent "$root/usr/sbin/policy-rc.d"

# A service that started anyway is reported, and the settings still put back.
SETUP_TEST_STARTS=1 setup --tests
check "a started service fails the setup" is "$status" 1
check "a started service is named" said "started processes 4242 (sshd"
check "a started service: policy-rc.d put back" absent "$root/usr/sbin/policy-rc.d"

# A failed install still puts the settings back.
SETUP_TEST_APT_STATUS=100 setup --tests
check "failed install: fails" is "$status" 1
check "failed install: policy-rc.d put back" absent "$root/usr/sbin/policy-rc.d"

# Unknown options are usage errors.
setup --everything
check "unknown option: status 64" is "$status" 64

echo "setup test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
