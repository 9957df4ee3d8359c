# Rådsplan: two commands for people, a few helpers for developers.
#   make run    install what is missing, build the UI and the app, start it
#   make test   install what is missing, run every test layer (scripts/test-all.sh)
# Helpers: make deps | ui | app | e2e | measure | package

SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(PATH)
export GSETTINGS_BACKEND := memory

APP := target/debug/radsplan

.PHONY: run test deps ui app e2e measure package

run: app
	./$(APP)

test: deps
	scripts/test-all.sh

deps:
	@scripts/install-deps.sh

# The Rust shell embeds ui/dist at compile time (feature custom-protocol), so the UI comes first.
ui: deps
	npm --prefix ui run build

app: ui
	cargo build -p radsplan --features custom-protocol

# End-to-end tests alone, against the app as built by `make app`.
e2e: app
	tests/e2e/run.sh

# The measuring command (start-up time and memory), not a test.
measure: deps
	scripts/measure.sh

# The Linux installer: a release build bundled as a .deb (tauri CLI, pinned in ui/package.json),
# then installed into this system and checked (scripts/package-check.sh; needs root).
# dpkg takes only ASCII package names, and the bundler derives the name from productName
# ("Rådsplan"): on Linux the package and its menu entry are named radsplan (the window still
# says Rådsplan). Not yet built and installed again since this change (see the README).
package: ui
	ui/node_modules/.bin/tauri build --bundles deb --config '{"productName":"radsplan"}'
	scripts/package-check.sh
