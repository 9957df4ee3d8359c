//! The window: builder, state, start-up file, title.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Mutex;

use chrono::Utc;
use tauri::{AppHandle, Manager, RunEvent, WebviewUrl, WebviewWindowBuilder, WindowEvent};

use crate::measure;
use crate::session::Session;

pub type SessionState = Mutex<Session>;

pub fn run(open: Option<PathBuf>) -> ExitCode {
    let result = tauri::Builder::default()
        .invoke_handler(crate::ipc::handler())
        .on_window_event(|window, event| {
            // ×, Alt+F4, and the window manager closing it at logout.
            if matches!(
                event,
                WindowEvent::CloseRequested { .. } | WindowEvent::Destroyed
            ) {
                close_file(window.app_handle());
            }
        })
        .setup(move |app| {
            let paths = app.path();
            let config_path = paths.app_config_dir()?.join("settings.json");
            let data_dir = paths.app_data_dir()?;
            let mut session = Session::new(config_path, data_dir);
            let start_file = open.clone().or_else(|| session.config.last_file.clone());
            if let Some(path) = start_file {
                if let Err(error) = session.open(&path, Utc::now()) {
                    session.notice = Some(error.message);
                }
            }
            let title = window_title(&session);
            app.manage(Mutex::new(session));
            crate::backups::start_scheduler(app.handle().clone());
            let page = if measure::bare() {
                "bare.html"
            } else {
                "index.html"
            };
            WebviewWindowBuilder::new(app, "main", WebviewUrl::App(page.into()))
                .title(title)
                .inner_size(1280.0, 800.0)
                .min_inner_size(900.0, 600.0)
                .build()?;
            measure::mark("window");
            Ok(())
        })
        .build(tauri::generate_context!())
        .map(|app| {
            app.run(|handle, event| {
                if matches!(event, RunEvent::ExitRequested { .. } | RunEvent::Exit) {
                    close_file(handle);
                }
            })
        });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("Rådsplan kunde inte starta: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Closes the open file cleanly on the way out. Safe to call more than once (later calls find
/// nothing open); an error can only be logged, the window is already going.
fn close_file(app: &AppHandle) {
    let Some(state) = app.try_state::<SessionState>() else {
        return;
    };
    // A poisoned lock still holds the storage; closing it is exactly what is wanted.
    let mut session = state
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Err(error) = session.close_file() {
        eprintln!(
            "Rådsplan kunde inte stänga filen ordentligt: {}",
            error.message
        );
    }
}

/// "Regionalt vårdkompetensråd Mellansverige – exempel.radsplan – Rådsplan"
pub fn window_title(session: &Session) -> String {
    let status = session.status();
    let file = status.file.as_deref().map(|f| {
        PathBuf::from(f)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    });
    match (status.council_name, file) {
        (Some(council), Some(file)) => format!("{council} – {file} – Rådsplan"),
        _ => "Rådsplan".to_string(),
    }
}
