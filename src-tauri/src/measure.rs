//! Timings for the measuring command (scripts/measure.sh): printed only when RADSPLAN_MEASURE
//! is set, as `radsplan-measure <name>_ms=<milliseconds since process start>`.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;
use std::time::Instant;

static START: OnceLock<Instant> = OnceLock::new();
static PAINTED: AtomicBool = AtomicBool::new(false);

pub fn start() {
    START.get_or_init(Instant::now);
}

fn enabled() -> bool {
    std::env::var_os("RADSPLAN_MEASURE").is_some()
}

/// Whether to show a bare window (an empty page) instead of the app, to compare against.
pub fn bare() -> bool {
    std::env::var_os("RADSPLAN_MEASURE_BARE").is_some()
}

pub fn mark(name: &str) {
    if enabled() {
        let elapsed = START.get_or_init(Instant::now).elapsed();
        eprintln!("radsplan-measure {name}_ms={}", elapsed.as_millis());
    }
}

/// The UI's first screen is drawn; only the first report counts.
pub fn painted() {
    if !PAINTED.swap(true, Ordering::SeqCst) {
        mark("painted");
    }
}
