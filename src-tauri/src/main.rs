// No console window on Windows in release builds; the command-line face still prints when run
// from a terminal that attached one.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() -> std::process::ExitCode {
    radsplan_lib::main()
}
