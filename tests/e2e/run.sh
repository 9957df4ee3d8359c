#!/usr/bin/env bash
# shellcheck disable=SC2317  # cleanup helpers are reached through traps
# End-to-end tests of the real app: Xvfb (unless DISPLAY is set) + tauri-driver + WebKitWebDriver,
# tests run by `node --test`, in a throwaway sandbox so the developer's own data is never touched.
# Needs the debug app built with the embedded UI: `cargo build -p radsplan --features custom-protocol`.
# Usage: tests/e2e/run.sh [test files…]   (default: every tests/e2e/*.test.mjs)
# Env: E2E_KEEP=1 keeps the sandbox; E2E_PORT picks the tauri-driver port (default 4444).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export GSETTINGS_BACKEND=memory

app="${RADSPLAN_APP:-${CARGO_TARGET_DIR:-$repo/target}/debug/radsplan}"
[[ -x "$app" ]] || { echo "e2e: $app is missing; run: cargo build -p radsplan --features custom-protocol" >&2; exit 1; }
tauri_driver="$(command -v tauri-driver)" || { echo "e2e: tauri-driver not found (scripts/install-deps.sh)" >&2; exit 1; }
native_driver="$(command -v WebKitWebDriver)" || { echo "e2e: WebKitWebDriver not found (apt: webkit2gtk-driver)" >&2; exit 1; }

sandbox="$(mktemp -d "${TMPDIR:-/tmp}/radsplan-e2e.XXXXXX")"
mkdir -p "$sandbox"/{home,data,config,cache,runtime,tmp} "$repo/target/e2e-shots"
chmod 700 "$sandbox/runtime"

xvfb_pid=""
driver_pid=""

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Child pids of $1 (for the native driver that tauri-driver started).
children_of() { local p; for p in /proc/[0-9]*; do [[ "$(awk '{print $4}' "$p/stat" 2>/dev/null)" == "$1" ]] && echo "${p#/proc/}"; done; return 0; }

wait_gone() { # pid seconds
  local i
  for ((i = 0; i < $2 * 10; i++)); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.1; done
  return 1
}

cleanup() {
  local rc=$?
  set +e
  if [[ -n "$driver_pid" ]]; then
    local native; native="$(children_of "$driver_pid")"
    # SIGTERM, never SIGKILL: tauri-driver then stops WebKitWebDriver, which would otherwise be
    # orphaned and keep the CI job's output pipe open.
    kill -TERM "$driver_pid" 2>/dev/null
    wait_gone "$driver_pid" 10 || echo "e2e: tauri-driver ($driver_pid) did not stop in 10 s" >&2
    wait "$driver_pid" 2>/dev/null
    local p
    for p in $native; do
      if kill -0 "$p" 2>/dev/null; then kill -TERM "$p" 2>/dev/null; wait_gone "$p" 5; fi
    done
  fi
  if [[ -n "$xvfb_pid" ]]; then
    kill -TERM "$xvfb_pid" 2>/dev/null
    wait_gone "$xvfb_pid" 5 || echo "e2e: Xvfb ($xvfb_pid) did not stop in 5 s" >&2
    wait "$xvfb_pid" 2>/dev/null
  fi
  if [[ "${E2E_KEEP:-}" == 1 || $rc -ne 0 ]]; then
    if ((rc != 0)) && [[ -s "$sandbox/tauri-driver.log" ]]; then
      echo "e2e: last lines of the tauri-driver log (app stdout/stderr):" >&2
      tail -n 40 "$sandbox/tauri-driver.log" >&2
    fi
    echo "e2e: sandbox kept at $sandbox; screenshots in $repo/target/e2e-shots" >&2
  else
    rm -rf "$sandbox"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# The app keeps its data file under XDG_DATA_HOME and the remembered last file under
# XDG_CONFIG_HOME; tests wipe these between sessions (lib/app.mjs checks RADSPLAN_E2E_SANDBOX).
export HOME="$sandbox/home"
export XDG_DATA_HOME="$sandbox/data" XDG_CONFIG_HOME="$sandbox/config" XDG_CACHE_HOME="$sandbox/cache"
export XDG_RUNTIME_DIR="$sandbox/runtime" TMPDIR="$sandbox/tmp"
export RADSPLAN_E2E_SANDBOX="$sandbox" RADSPLAN_APP="$app"
export NO_AT_BRIDGE=1   # no accessibility bus in CI; avoids a 25 s D-Bus timeout in GTK
# WebKit's GPU shader cache is still being written as a session ends, and emptying the sandbox
# between suites then races it (ENOTEMPTY); the software renderer gains nothing from it.
export MESA_SHADER_CACHE_DISABLE=true
export LANG="${LANG:-C.UTF-8}"

if [[ -z "${DISPLAY:-}" ]]; then
  n=99
  while [[ -e "/tmp/.X11-unix/X$n" || -e "/tmp/.X$n-lock" ]]; do n=$((n + 1)); done
  Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >"$sandbox/xvfb.log" 2>&1 &
  xvfb_pid=$!
  for ((i = 0; i < 100; i++)); do [[ -S "/tmp/.X11-unix/X$n" ]] && break; sleep 0.1; done
  [[ -S "/tmp/.X11-unix/X$n" ]] || { echo "e2e: Xvfb :$n did not start:" >&2; cat "$sandbox/xvfb.log" >&2; exit 1; }
  export DISPLAY=":$n"
fi

port="${E2E_PORT:-4444}"
while port_in_use "$port"; do port=$((port + 2)); done
native_port=$((port + 1))
while port_in_use "$native_port"; do native_port=$((native_port + 2)); done

"$tauri_driver" --port "$port" --native-port "$native_port" --native-driver "$native_driver" \
  >"$sandbox/tauri-driver.log" 2>&1 </dev/null &
driver_pid=$!
for ((i = 0; i < 100; i++)); do port_in_use "$port" && break; sleep 0.1; done
port_in_use "$port" || { echo "e2e: tauri-driver did not listen on $port:" >&2; cat "$sandbox/tauri-driver.log" >&2; exit 1; }
export WEBDRIVER_URL="http://127.0.0.1:$port"
echo "e2e: DISPLAY=$DISPLAY tauri-driver=$WEBDRIVER_URL sandbox=$sandbox"

if (($#)); then
  tests=("$@")
else
  tests=(tests/e2e/*.test.mjs)
fi
set +e
node --test --test-concurrency=1 "${tests[@]}"
rc=$?
set -e
exit "$rc"
