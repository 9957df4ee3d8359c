//! The Rådsplan shell: the command-line face and the window. Everything a user can do lives in
//! `radsplan-core`; this crate only wires it to the webview, native dialogs and the clock.

mod app;
mod backup_cli;
mod backups;
mod bindings;
mod cli;
mod commands;
mod config;
#[cfg(debug_assertions)]
mod dev_bridge;
mod export;
mod export_calendar;
mod export_record;
mod export_status_report;
mod export_timeline;
mod export_workshop;
mod import;
mod import_group_sheet;
mod import_mandate;
mod ipc;
mod measure;
mod session;

use std::process::ExitCode;

/// Entry point of the binary: a command-line action (no window), or the app.
pub fn main() -> ExitCode {
    measure::start();
    let args: Vec<String> = std::env::args().skip(1).collect();
    // Development and tests only: the command list over HTTP (dev_bridge.rs).
    #[cfg(debug_assertions)]
    if args.first().map(String::as_str) == Some("dev-bridge") {
        return dev_bridge::main(&args[1..]);
    }
    match cli::parse(args) {
        Ok(cli::Invocation::App { open }) => app::run(open),
        Ok(cli::Invocation::Command(command)) => cli::run(command),
        Err(usage) => {
            eprintln!("{usage}");
            ExitCode::from(2)
        }
    }
}
