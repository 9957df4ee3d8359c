#!/usr/bin/env bash
# Installs the built .deb into this system (dpkg -i; needs root), then checks the installed app:
# the CLI writes the example from /usr/bin/radsplan, the app starts from its installed path on
# that file under Xvfb (screenshot), the .desktop entry declares the .radsplan MIME type and a
# MIME XML for it is installed. Prints the .deb's size. Used by `make package`.
# Usage: scripts/package-check.sh [path/to/radsplan.deb]
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="${CARGO_TARGET_DIR:-$repo/target}"
deb="${1:-$(ls -t "$target"/release/bundle/deb/*.deb 2>/dev/null | head -n 1)}"
say() { printf 'package-check: %s\n' "$*"; }
die() { printf 'package-check: %s\n' "$*" >&2; exit 1; }

[[ -f "$deb" ]] || die "no .deb found (run: make package)"
(( EUID == 0 )) || die "dpkg -i needs root; run as root or with sudo"

say "installing $deb"
dpkg -i "$deb" >/dev/null
bin=/usr/bin/radsplan
[[ -x "$bin" ]] || die "$bin is not installed"

work="$(mktemp -d "${TMPDIR:-/tmp}/radsplan-package.XXXXXX")"
xvfb_pid=""
app_pid=""
cleanup() {
  set +e
  [[ -n "$app_pid" ]] && kill -TERM "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
  [[ -n "$xvfb_pid" ]] && kill -TERM "$xvfb_pid" 2>/dev/null && wait "$xvfb_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

example="$work/x.radsplan"
"$bin" example "$example" >/dev/null
[[ -s "$example" ]] || die "the installed CLI wrote no example"
say "installed CLI wrote the example ($(stat -c %s "$example") bytes)"

desktop="$(dpkg -L "$(dpkg-deb -f "$deb" Package)" | grep '\.desktop$' | head -n 1)"
[[ -n "$desktop" ]] || die "no .desktop file installed"
grep -q '^MimeType=.*radsplan' "$desktop" || die "$desktop declares no .radsplan MIME type"
mime_xml="$(dpkg -L "$(dpkg-deb -f "$deb" Package)" | grep '/mime/packages/.*\.xml$' | head -n 1)"
[[ -n "$mime_xml" ]] && grep -q 'pattern="\*\.radsplan"' "$mime_xml" \
  || die "no MIME XML with *.radsplan installed"
say "$desktop: $(grep '^MimeType=' "$desktop"); MIME XML: $mime_xml"

# Start the installed app on the example, in a sandboxed home, and look at it.
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
export XDG_RUNTIME_DIR="$work/runtime" GSETTINGS_BACKEND=memory NO_AT_BRIDGE=1
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
n=120
while [[ -e "/tmp/.X11-unix/X$n" || -e "/tmp/.X$n-lock" ]]; do n=$((n + 1)); done
Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for ((i = 0; i < 100; i++)); do [[ -S "/tmp/.X11-unix/X$n" ]] && break; sleep 0.1; done
export DISPLAY=":$n"
"$bin" "$example" >"$work/app.log" 2>&1 &
app_pid=$!
mkdir -p "$repo/target/package"
shot="$repo/target/package/installed-app.png"
# Drawn, not merely running: a blank window has one colour; the plan on screen has hundreds. On
# a loaded machine the first paint can take well over 8 s, so wait for it (up to 90 s).
colours=0
for ((i = 0; i < 45; i++)); do
  sleep 2
  kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log" >&2; die "the installed app exited early"; }
  import -window root "$shot"
  colours="$(convert "$shot" -format %k info:)"
  (( colours > 50 )) && break
done
(( colours > 50 )) || die "the installed app drew nothing in 90 s (screenshot: $shot)"
say "the installed app drew its window ($colours colours after $(( (i + 1) * 2 )) s): $shot"

size="$(stat -c %s "$deb")"
say "$(basename "$deb"): $size bytes ($(( (size + 524288) / 1048576 )) MB)"
