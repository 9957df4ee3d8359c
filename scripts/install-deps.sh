#!/usr/bin/env bash
# Installs what building and testing Rådsplan needs, and nothing that is already there.
# Idempotent and silent when nothing is missing. Works as root without stdin (CI); as another
# user it uses sudo for apt. Node, npm and cargo are expected to be installed already.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

say() { printf 'install-deps: %s\n' "$*"; }
die() { printf 'install-deps: %s\n' "$*" >&2; exit 1; }

# Debian packages: build (webkit, ssl, rsvg), end-to-end tests (WebKitWebDriver, Xvfb, xdotool,
# imagemagick for screenshots, a font), reports (pdftotext; LibreOffice reads our .docx and the
# group sheets' .xlsx back),
# UI browser tests (chromium).
apt_packages=(
  build-essential pkg-config libssl-dev libwebkit2gtk-4.1-dev librsvg2-dev
  webkit2gtk-driver xvfb xdotool imagemagick fonts-dejavu-core
  poppler-utils chromium procps libreoffice-writer-nogui libreoffice-calc-nogui
)

for tool in node npm cargo; do
  command -v "$tool" >/dev/null || die "$tool is not installed (needs Node 20+, npm, and Rust via rustup)"
done

# --- apt -------------------------------------------------------------------------------------
missing=()
for pkg in "${apt_packages[@]}"; do
  # `dpkg -s` also succeeds for removed packages whose config files remain; check the status line.
  if ! dpkg -s "$pkg" 2>/dev/null | grep -q '^Status: install ok installed'; then
    missing+=("$pkg")
  fi
done
if ((${#missing[@]})); then
  say "apt: installing ${missing[*]}"
  sudo=()
  if ((EUID != 0)); then
    command -v sudo >/dev/null || die "not root and no sudo; install: ${missing[*]}"
    sudo=(sudo -n)
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq </dev/null
  "${sudo[@]}" apt-get install -y -qq -o Dpkg::Use-Pty=0 --no-install-recommends "${missing[@]}" </dev/null
fi

# --- python ------------------------------------------------------------------------------------
# Reading our documents back in tests: lxml for ../shared/tools/check-ooxml (the ECMA-376 schema
# check every .docx must pass), python-docx for headings and tables, icalendar for .ics files.
python_modules=(lxml:lxml docx:python-docx icalendar:icalendar)
for entry in "${python_modules[@]}"; do
  module="${entry%%:*}" package="${entry#*:}"
  if ! python3 -c "import $module" 2>/dev/null; then
    say "pip: installing $package"
    python3 -m pip install --quiet --disable-pip-version-check "$package" </dev/null
  fi
done

# --- tauri-driver ------------------------------------------------------------------------------
if ! command -v tauri-driver >/dev/null; then
  say "cargo: installing tauri-driver"
  cargo install tauri-driver --version '^2' --locked --quiet </dev/null
fi

# --- npm ---------------------------------------------------------------------------------------
# npm ci writes node_modules/.package-lock.json; if that is older than the lockfile, reinstall.
npm_ci_if_stale() {
  local dir="$1"
  [[ -f "$dir/package.json" ]] || return 0
  if [[ ! -f "$dir/node_modules/.package-lock.json" || "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]]; then
    say "npm ci in ${dir#"$repo"/}"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error </dev/null)
    touch "$dir/node_modules/.package-lock.json"
  fi
}
npm_ci_if_stale "$repo/ui"
npm_ci_if_stale "$repo/tests/e2e"   # none today: the e2e tests use only Node's standard library
