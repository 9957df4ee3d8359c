#!/usr/bin/env bash
# The measuring command (not a test): start-up time and memory of the release app on the example
# council, and of a bare window (empty page) for comparison.
#
# For each mode, N times: start `radsplan --open <example file>` with RADSPLAN_MEASURE=1, wait for
# `radsplan-measure painted_ms=…` on stderr (60 s at most), let it settle 2 s, then sum PSS and RSS
# (/proc/<pid>/smaps_rollup) over the app and all its descendants (WebKitWebProcess,
# WebKitNetworkProcess …), and stop it. Prints each run, then median/min/max.
#
# Usage: scripts/measure.sh [-n RUNS] [--no-build]
set -euo pipefail
# shellcheck disable=SC2317  # cleanup helpers are reached through traps

runs=5
build=1
while (($#)); do
  case "$1" in
    -n | --runs) runs="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    -h | --help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "measure: unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
done
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "measure: -n wants a positive number" >&2; exit 2; }

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export GSETTINGS_BACKEND=memory NO_AT_BRIDGE=1
app="${CARGO_TARGET_DIR:-$repo/target}/release/radsplan"

if ((build)); then
  echo "measure: building the UI and the release app (LTO; a few minutes the first time)"
  npm --prefix ui run build >/dev/null
  cargo build --release -p radsplan --features custom-protocol
fi
[[ -x "$app" ]] || { echo "measure: $app is missing (run without --no-build)" >&2; exit 1; }

# A sandbox, so the remembered "last file" of the measured app never touches your own settings.
sandbox="$(mktemp -d "${TMPDIR:-/tmp}/radsplan-measure.XXXXXX")"
mkdir -p "$sandbox"/{data,config,cache,runtime}
chmod 700 "$sandbox/runtime"
export XDG_DATA_HOME="$sandbox/data" XDG_CONFIG_HOME="$sandbox/config" XDG_CACHE_HOME="$sandbox/cache"
export XDG_RUNTIME_DIR="$sandbox/runtime"

xvfb_pid=""
app_pid=""

descendants() { # pid -> that pid and all its descendants, one a line
  local -A kids=()
  local stat rest ppid pid
  for stat in /proc/[0-9]*/stat; do
    rest="$(cat "$stat" 2>/dev/null)" || continue
    pid="${stat#/proc/}"; pid="${pid%/stat}"
    rest="${rest##*) }"          # drop "pid (comm) ", comm may hold spaces
    ppid="$(cut -d' ' -f2 <<<"$rest")"
    kids[$ppid]+="$pid "
  done
  local queue=("$1") p c
  while ((${#queue[@]})); do
    p="${queue[0]}"; queue=("${queue[@]:1}")
    echo "$p"
    for c in ${kids[$p]:-}; do queue+=("$c"); done
  done
}

stop_app() {
  [[ -n "$app_pid" ]] || return 0
  local tree p i
  tree="$(descendants "$app_pid")"
  kill -TERM "$app_pid" 2>/dev/null || true
  for ((i = 0; i < 50; i++)); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  for p in $tree; do kill -TERM "$p" 2>/dev/null || true; done
  app_pid=""
}

cleanup() {
  stop_app
  if [[ -n "$xvfb_pid" ]]; then kill -TERM "$xvfb_pid" 2>/dev/null; wait "$xvfb_pid" 2>/dev/null; fi
  rm -rf "$sandbox"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [[ -z "${DISPLAY:-}" ]]; then
  n=99
  while [[ -e "/tmp/.X11-unix/X$n" || -e "/tmp/.X$n-lock" ]]; do n=$((n + 1)); done
  Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >"$sandbox/xvfb.log" 2>&1 &
  xvfb_pid=$!
  for ((i = 0; i < 100; i++)); do [[ -S "/tmp/.X11-unix/X$n" ]] && break; sleep 0.1; done
  export DISPLAY=":$n"
fi

file="$sandbox/m.radsplan"
"$app" example "$file" >/dev/null

results="$sandbox/results.tsv"
: >"$results"

one_run() { # mode run
  local mode="$1" run="$2" err="$sandbox/stderr-$1-$2.log" i window painted pss=0 rss=0 n=0 p k v
  local -a env=(RADSPLAN_MEASURE=1)
  [[ "$mode" == bare ]] && env+=(RADSPLAN_MEASURE_BARE=1)
  : >"$err"
  env "${env[@]}" "$app" --open "$file" >/dev/null 2>"$err" </dev/null &
  app_pid=$!
  for ((i = 0; i < 600; i++)); do
    grep -q '^radsplan-measure painted_ms=' "$err" && break
    kill -0 "$app_pid" 2>/dev/null || { echo "measure: the app exited early; its stderr:" >&2; cat "$err" >&2; exit 1; }
    sleep 0.1
  done
  grep -q '^radsplan-measure painted_ms=' "$err" || { echo "measure: no painted_ms within 60 s ($mode run $run); stderr:" >&2; cat "$err" >&2; exit 1; }
  sleep 2
  window="$(sed -n 's/^radsplan-measure window_ms=\([0-9]*\).*/\1/p' "$err" | head -n1)"
  painted="$(sed -n 's/^radsplan-measure painted_ms=\([0-9]*\).*/\1/p' "$err" | head -n1)"
  for p in $(descendants "$app_pid"); do
    [[ -r "/proc/$p/smaps_rollup" ]] || continue
    n=$((n + 1))
    while read -r k v _; do
      case "$k" in
        Pss:) pss=$((pss + v)) ;;
        Rss:) rss=$((rss + v)) ;;
      esac
    done <"/proc/$p/smaps_rollup"
  done
  stop_app
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$mode" "$run" "${window:-?}" "$painted" "$((pss / 1024))" "$((rss / 1024))" "$n" >>"$results"
  printf '%-5s %4s %10s %11s %8s %8s %6s\n' "$mode" "$run" "${window:-?}" "$painted" "$((pss / 1024))" "$((rss / 1024))" "$n"
}

printf '\n%-5s %4s %10s %11s %8s %8s %6s\n' mode run window_ms painted_ms PSS_MiB RSS_MiB procs
for mode in app bare; do
  for ((r = 1; r <= runs; r++)); do one_run "$mode" "$r"; done
done

stats() { # column -> "median min max" (median of an even count: the lower middle value)
  sort -n | awk '{ v[NR] = $1 } END { if (NR) printf "%s %s %s\n", v[int((NR + 1) / 2)], v[1], v[NR] }'
}
printf '\n%-5s %-10s %8s %8s %8s   (%d runs each; release build; %s)\n' mode measure median min max "$runs" "$(uname -m)"
for mode in app bare; do
  col=3
  for name in window_ms painted_ms PSS_MiB RSS_MiB; do
    read -r med lo hi < <(awk -F'\t' -v m="$mode" -v c="$col" '$1 == m && $c != "?" { print $c }' "$results" | stats) || true
    printf '%-5s %-10s %8s %8s %8s\n' "$mode" "$name" "${med:-?}" "${lo:-?}" "${hi:-?}"
    col=$((col + 1))
  done
done
