#!/usr/bin/env bash
# The window's share of the speed targets (a benchmark, not a test): on the large council (N
# activities, default 2,000, with 300 tasks and 200 meetings), the time from click or keypress to
# the frame that shows the result, for opening the plan place, each keypress of a search, and a
# priority filter; opening the Workshops place and a colour keypress in its grid; opening
# Översikt and Tidslinje, Tidslinje's zoom and filter, and frame times while scrolling it; and,
# on the same council with a year of history (20,000 changes), the lägesrapport's preview.
# Prints median/min/max per action. Core's share alone: `cargo bench -p radsplan-core`.
#
# Usage: scripts/bench-ui.sh [--debug] [--no-build] [-n ROUNDS] [--activities N]
#   --debug   measure target/debug/radsplan (quicker to build, slower core) instead of release
set -euo pipefail

profile=release
build=1
rounds=5
activities=2000
while (($#)); do
  case "$1" in
    --debug) profile=debug; shift ;;
    --no-build) build=0; shift ;;
    -n | --rounds) rounds="$2"; shift 2 ;;
    --activities) activities="$2"; shift 2 ;;
    -h | --help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench-ui: unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
done

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
app="${CARGO_TARGET_DIR:-$repo/target}/$profile/radsplan"

if ((build)); then
  npm --prefix ui run build >/dev/null
  if [[ $profile == release ]]; then
    cargo build --release -p radsplan --features custom-protocol
  else
    cargo build -p radsplan --features custom-protocol
  fi
fi
[[ -x "$app" ]] || { echo "bench-ui: $app is missing (run without --no-build)" >&2; exit 1; }

work="$(mktemp -d "${TMPDIR:-/tmp}/radsplan-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
"$app" example "$work/stor.radsplan" --activities "$activities" >/dev/null
"$app" example "$work/historik.radsplan" --activities "$activities" --history >/dev/null

RADSPLAN_APP="$app" RADSPLAN_BENCH_FILE="$work/stor.radsplan" RADSPLAN_BENCH_ACTIVITIES="$activities" \
  RADSPLAN_BENCH_ROUNDS="$rounds" bash tests/e2e/run.sh tests/bench/plan-speed.bench.mjs tests/bench/workshop-speed.bench.mjs \
  tests/bench/timeline-speed.bench.mjs 2>&1 |
  grep -E "bench:|^not ok|# (pass|fail)|Error|assert" || true
RADSPLAN_APP="$app" RADSPLAN_BENCH_FILE="$work/historik.radsplan" RADSPLAN_BENCH_ROUNDS="$rounds" \
  bash tests/e2e/run.sh tests/bench/reports-speed.bench.mjs 2>&1 |
  grep -E "bench:|^not ok|# (pass|fail)|Error|assert" || true
