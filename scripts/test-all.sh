#!/usr/bin/env bash
# Runs every test layer of Rådsplan, fail fast, each step announced with its duration.
# Expects the dependencies to be installed (`make test` runs scripts/install-deps.sh first).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export GSETTINGS_BACKEND=memory   # silences GTK/dconf noise in the app under test
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-auto}"
# A clean clone builds everything once: incremental compilation only writes extra state there.
if [[ -n "${CI:-}" ]]; then export CARGO_INCREMENTAL="${CARGO_INCREMENTAL:-0}"; fi

summary=()
current=""
total_start=$SECONDS

fmt_secs() { printf '%dm%02ds' $(($1 / 60)) $(($1 % 60)); }

on_exit() {
  local rc=$?
  local passed=${#summary[@]} failed=0
  if ((rc != 0)); then
    failed=1
    if [[ -n "$current" ]]; then
      summary+=("$(printf '%-34s FAILED (exit %d)' "$current" "$rc")")
    fi
  fi
  printf '\n==> Summary (%s)\n' "$(fmt_secs $((SECONDS - total_start)))"
  if ((${#summary[@]})); then printf '    %s\n' "${summary[@]}"; fi
  # Steps, not tests (each runner above printed its own test counts), so the line is worded so
  # that no tool mistakes it for a test count.
  printf '==> %d steps ok, %d step failed\n' "$passed" "$failed"
}
trap on_exit EXIT

step() {
  local name="$1"; shift
  current="$name"
  printf '\n==> %s\n    $ %s\n' "$name" "$*"
  local start=$SECONDS
  "$@"
  local took=$((SECONDS - start))
  printf '==> %s: ok in %s\n' "$name" "$(fmt_secs "$took")"
  summary+=("$(printf '%-34s ok     %s' "$name" "$(fmt_secs "$took")")")
  current=""
}

step "UI: svelte-check"               npm --prefix ui run check
step "UI: build (ui/dist)"            npm --prefix ui run build
step "Rust: fmt"                      cargo fmt --all --check
step "Rust: clippy"                   cargo clippy --workspace --all-targets --features radsplan/custom-protocol -- -D warnings
# The bindings check is an ordinary Rust test: it fails when ui/src/lib/bindings.ts is stale.
# Property tests draw the same cases on every run here, so a change is judged on its own merits
# and not on a lucky or unlucky draw; run `cargo nextest run` alone (no seed) to explore new
# cases, and commit any failure proptest saves under tests/proptest-regressions/.
export PROPTEST_RNG_SEED="${PROPTEST_RNG_SEED:-20221012}"
if cargo nextest --version >/dev/null 2>&1; then
  step "Rust: tests (nextest)"        cargo nextest run --workspace --features radsplan/custom-protocol
else
  step "Rust: tests (cargo test)"     cargo test --workspace --features radsplan/custom-protocol
fi
# No separate `cargo build`: the shell's CLI integration tests (src-tauri/tests/cli.rs) make the
# test step build target/debug/radsplan with the embedded UI, and that is the binary the UI's
# tests (its `dev-bridge`: the real core behind Vitest and Chromium) and the end-to-end tests
# drive. A separate build would recompile the GTK stack with other features.
step "UI: vitest (real core)"         npm --prefix ui test
step "UI: Chromium (real core)"       npm --prefix ui run test:browser
step "End-to-end (real app)"          tests/e2e/run.sh
