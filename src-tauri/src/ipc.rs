//! The window's commands reach `commands::dispatch` through one invoke handler. Commands run in
//! order on one worker thread: the window never waits on a file, a backup or a dialog, and an
//! edit followed by Ctrl+Z runs in the order the secretary made them, as on the main thread.

use std::path::PathBuf;
use std::sync::mpsc::{channel, Sender};
use std::sync::Mutex;
use std::thread;
use std::time::Instant;

use radsplan_core::error::{ApiError, ErrorCode};
use tauri::ipc::{Invoke, InvokeBody, InvokeResolver};
use tauri::{Manager, WebviewWindow, Wry};

use crate::app::SessionState;
use crate::commands::{self, Ctx, FileFilter, Host};

struct Job {
    command: String,
    arguments: serde_json::Value,
    window: WebviewWindow,
    resolver: InvokeResolver<Wry>,
    received: Instant,
}

/// The invoke handler: hands each known command to the worker; unknown ones are Tauri's to refuse.
pub fn handler() -> impl Fn(Invoke<Wry>) -> bool + Send + Sync + 'static {
    let worker = Mutex::new(start_worker());
    move |invoke: Invoke<Wry>| {
        let command = invoke.message.command().to_string();
        if !commands::NAMES.contains(&command.as_str()) {
            return false;
        }
        let arguments = match invoke.message.payload() {
            InvokeBody::Json(value) => value.clone(),
            InvokeBody::Raw(_) => serde_json::Value::Null,
        };
        let Some(window) = invoke
            .message
            .webview()
            .app_handle()
            .get_webview_window("main")
        else {
            invoke.resolver.reject(commands::poisoned());
            return true;
        };
        let job = Job {
            command,
            arguments,
            window,
            resolver: invoke.resolver,
            received: Instant::now(),
        };
        let sent = worker
            .lock()
            .map(|sender| sender.send(job).is_ok())
            .unwrap_or(false);
        if !sent {
            eprintln!("Rådsplan: kommandotråden har stannat.");
        }
        true
    }
}

fn start_worker() -> Sender<Job> {
    let (sender, jobs) = channel::<Job>();
    // RADSPLAN_TRACE_COMMANDS=1: each command's wait in the queue, its run and its answer's
    // hand-over, on stderr; for finding where a slow moment in the window goes.
    let trace = std::env::var_os("RADSPLAN_TRACE_COMMANDS").is_some_and(|v| v == "1");
    thread::Builder::new()
        .name("commands".into())
        .spawn(move || {
            for job in jobs {
                run(job, trace);
            }
        })
        .expect("start the command thread");
    sender
}

fn run(job: Job, trace: bool) {
    let started = Instant::now();
    let state = job.window.state::<SessionState>();
    let host = WindowHost {
        window: job.window.clone(),
    };
    let cx = Ctx {
        session: &state,
        host: &host,
    };
    // A panic in one command must not take the worker (and every later command) with it.
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        commands::dispatch(&cx, &job.command, job.arguments)
    }));
    let ran = Instant::now();
    match outcome {
        Ok(Some(Ok(value))) => job.resolver.resolve(value),
        Ok(Some(Err(error))) => job.resolver.reject(error),
        Ok(None) => job.resolver.reject(unknown(&job.command)),
        Err(_) => job.resolver.reject(commands::poisoned()),
    }
    if trace {
        let ms = |from: Instant, to: Instant| to.duration_since(from).as_secs_f64() * 1000.0;
        eprintln!(
            "rådsplan command {}: queued {:.1} ms, ran {:.1} ms, answered {:.1} ms",
            job.command,
            ms(job.received, started),
            ms(started, ran),
            ms(ran, Instant::now()),
        );
    }
}

fn unknown(command: &str) -> ApiError {
    ApiError {
        code: ErrorCode::Internal,
        message: format!("Rådsplan känner inte kommandot {command}."),
    }
}

/// Native dialogs, parented to the window so they stay on top of it.
struct WindowHost {
    window: WebviewWindow,
}

impl WindowHost {
    fn dialog(&self, title: &str, filters: &[FileFilter<'_>]) -> rfd::AsyncFileDialog {
        filters.iter().fold(
            rfd::AsyncFileDialog::new()
                .set_parent(&self.window)
                .set_title(title),
            |dialog, filter| dialog.add_filter(filter.label, filter.extensions),
        )
    }
}

impl Host for WindowHost {
    fn choose_file_to_open(&self, title: &str, filters: &[FileFilter<'_>]) -> Option<PathBuf> {
        let picked = tauri::async_runtime::block_on(self.dialog(title, filters).pick_file());
        picked.map(|file| file.path().to_path_buf())
    }

    fn choose_file_to_save(
        &self,
        title: &str,
        filters: &[FileFilter<'_>],
        file_name: &str,
    ) -> Option<PathBuf> {
        let dialog = self.dialog(title, filters).set_file_name(file_name);
        let picked = tauri::async_runtime::block_on(dialog.save_file());
        picked.map(|file| file.path().to_path_buf())
    }

    fn choose_folder(&self, title: &str) -> Option<PathBuf> {
        let picked = tauri::async_runtime::block_on(self.dialog(title, &[]).pick_folder());
        picked.map(|folder| folder.path().to_path_buf())
    }

    fn set_title(&self, title: &str) {
        let _ = self.window.set_title(title);
    }
}
