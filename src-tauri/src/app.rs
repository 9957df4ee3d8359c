//! The window: builder, state, start-up file, title.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Mutex;

use chrono::Utc;
use tauri::{Manager, WebviewUrl, WebviewWindowBuilder};

use crate::commands;
use crate::measure;
use crate::session::Session;

pub type SessionState = Mutex<Session>;

pub fn run(open: Option<PathBuf>) -> ExitCode {
    let result = tauri::Builder::default()
        .invoke_handler(commands::handler())
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
        .run(tauri::generate_context!());
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("Rådsplan kunde inte starta: {error}");
            ExitCode::FAILURE
        }
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
