//! `radsplan dev-bridge [FILE] [--port N]`: the window's command list served over HTTP on
//! loopback, for the browser preview (`npm run dev:bridge`), the UI's Vitest tests and the
//! Playwright layer. They all talk to the real core through the same `commands::dispatch` the
//! window uses; nothing of the core is written twice. Built into debug builds only.
//!
//! On start it prints one line, `RADSPLAN_BRIDGE http://127.0.0.1:PORT TOKEN`; every request
//! must carry the token in `x-radsplan-token`. Without FILE it serves a fresh copy of the
//! example council. Routes (all POST, JSON):
//! - `/invoke/NAME` with the command's arguments → `{ "ok": value }` or `{ "error": ApiError }`;
//! - `/test/reset` `{ "open": true|false }` → a fresh example (or no file), a fresh config;
//! - `/test/fail-next` `{ "command", "code", "message" }` → that command's next call fails so;
//! - `/test/answer-dialog` `{ "path": string|null }` → the next native dialog's answer;
//! - `/test/notice` `{ "text": string|null }` → the notice the window shows;
//! - `/test/window` → `{ "title", "dialogs" }`: the window title and the dialogs asked for.

mod host;
mod http;

use std::collections::HashMap;
use std::net::{Ipv4Addr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Mutex;

use chrono::Utc;
use radsplan_core::error::{ApiError, ErrorCode};
use serde::Deserialize;
use serde_json::{json, Value};

use crate::app::SessionState;
use crate::commands::{self, Ctx};
use crate::session::Session;
use host::BridgeHost;
use http::{read_request, respond, Request};

const EXAMPLE_FILE: &str = "Exempelrådet Mellansverige.radsplan";

struct Bridge {
    session: SessionState,
    host: BridgeHost,
    token: String,
    work: PathBuf,
    file: Option<PathBuf>,
    failures: Mutex<HashMap<String, ApiError>>,
    resets: Mutex<u32>,
}

pub fn main(args: &[String]) -> ExitCode {
    match run(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("dev-bridge: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &[String]) -> Result<(), String> {
    let mut file = None;
    let mut port = 0u16;
    let mut words = args.iter();
    while let Some(word) = words.next() {
        match word.as_str() {
            "--port" => {
                port = words
                    .next()
                    .and_then(|p| p.parse().ok())
                    .ok_or("--port needs a number")?;
            }
            path => file = Some(PathBuf::from(path)),
        }
    }
    let token = random_hex()?;
    // A killed bridge cannot remove its folder, and process ids come round again: a random name,
    // made anew, so a left-over folder is never reused.
    let work = std::env::temp_dir().join(format!("radsplan-bridge-{}", random_hex()?));
    std::fs::create_dir(&work).map_err(|e| format!("{}: {e}", work.display()))?;
    let pristine = work.join("pristine.radsplan");
    radsplan_core::example::write(&pristine)
        .and_then(|storage| storage.close())
        .map_err(|e| e.to_string())?;
    let bridge = Bridge {
        session: Mutex::new(new_session(&work)),
        host: BridgeHost::default(),
        token,
        work,
        file,
        failures: Mutex::new(HashMap::new()),
        resets: Mutex::new(0),
    };
    bridge.reset(true).map_err(|e| e.message)?;
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, port)).map_err(|e| e.to_string())?;
    let address = listener.local_addr().map_err(|e| e.to_string())?;
    println!("RADSPLAN_BRIDGE http://{address} {}", bridge.token);
    exit_when_stdin_closes(bridge.work.clone());
    // One request at a time, in order, as the window's command thread runs them.
    for stream in listener.incoming().flatten() {
        match read_request(&stream) {
            Ok(request) => {
                let (status, body) = bridge.answer(&request);
                respond(&stream, status, &body);
            }
            Err(error) => respond(&stream, 400, &json!({ "error": error.to_string() })),
        }
    }
    Ok(())
}

/// The process that started the bridge (Vitest, the preview script) holds its stdin; when that
/// process ends, however it ends, stdin closes and the bridge goes with it instead of lingering.
fn exit_when_stdin_closes(work: PathBuf) {
    std::thread::spawn(move || {
        let mut sink = Vec::new();
        let _ = std::io::Read::read_to_end(&mut std::io::stdin(), &mut sink);
        // Its files are copies of the example made for this run.
        let _ = std::fs::remove_dir_all(&work);
        std::process::exit(0);
    });
}

fn new_session(work: &Path) -> Session {
    let config = work.join("config").join("settings.json");
    let _ = std::fs::remove_file(&config);
    Session::new(config, work.join("data"))
}

/// 128 random bits in hex: the token, and the name of the bridge's folder.
fn random_hex() -> Result<String, String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| e.to_string())?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

#[derive(Deserialize)]
struct Reset {
    open: bool,
}

#[derive(Deserialize)]
struct FailNext {
    command: String,
    code: ErrorCode,
    message: String,
}

#[derive(Deserialize)]
struct DialogAnswer {
    path: Option<PathBuf>,
}

#[derive(Deserialize)]
struct Notice {
    text: Option<String>,
}

impl Bridge {
    fn answer(&self, request: &Request) -> (u16, Value) {
        if request.method == "OPTIONS" {
            return (204, Value::Null);
        }
        if request.token.as_deref() != Some(self.token.as_str()) {
            return (401, json!({ "error": "token" }));
        }
        let body: Value = if request.body.is_empty() {
            Value::Null
        } else {
            match serde_json::from_slice(&request.body) {
                Ok(value) => value,
                Err(error) => return (400, json!({ "error": error.to_string() })),
            }
        };
        let outcome = match request.path.as_str() {
            path if path.starts_with("/invoke/") => self.invoke(&path["/invoke/".len()..], body),
            "/test/reset" => parse(body).and_then(|r: Reset| self.reset(r.open)),
            "/test/fail-next" => parse(body).map(|f: FailNext| {
                self.fail_next(f);
                Value::Null
            }),
            "/test/answer-dialog" => parse(body).map(|d: DialogAnswer| {
                self.host.queue_answer(d.path);
                Value::Null
            }),
            "/test/notice" => parse(body).and_then(|n: Notice| {
                self.session()?.notice = n.text;
                Ok(Value::Null)
            }),
            "/test/window" => Ok(json!({
                "title": self.host.title.lock().map(|t| t.clone()).unwrap_or_default(),
                "dialogs": self.host.asked.lock().map(|a| a.clone()).unwrap_or_default(),
            })),
            _ => {
                return (
                    404,
                    json!({ "error": format!("no route {}", request.path) }),
                )
            }
        };
        match outcome {
            Ok(value) => (200, json!({ "ok": value })),
            Err(error) => (200, json!({ "error": error })),
        }
    }

    fn invoke(&self, command: &str, arguments: Value) -> Result<Value, ApiError> {
        let failure = self
            .failures
            .lock()
            .ok()
            .and_then(|mut f| f.remove(command));
        if let Some(error) = failure {
            return Err(error);
        }
        let cx = Ctx {
            session: &self.session,
            host: &self.host,
        };
        commands::dispatch(&cx, command, arguments).unwrap_or_else(|| {
            Err(ApiError {
                code: ErrorCode::Internal,
                message: format!("Rådsplan känner inte kommandot {command}."),
            })
        })
    }

    fn fail_next(&self, failure: FailNext) {
        if let Ok(mut failures) = self.failures.lock() {
            failures.insert(
                failure.command,
                ApiError {
                    code: failure.code,
                    message: failure.message,
                },
            );
        }
    }

    fn session(&self) -> Result<std::sync::MutexGuard<'_, Session>, ApiError> {
        self.session.lock().map_err(|_| commands::poisoned())
    }

    /// A fresh start: the open file closed, a new config, and (when `open`) the file given on
    /// the command line or a new copy of the example, each reset in its own folder so that no
    /// log of an earlier test is beside it.
    fn reset(&self, open: bool) -> Result<Value, ApiError> {
        let mut session = self.session()?;
        session.close_file()?;
        *session = new_session(&self.work);
        self.host.clear();
        if let Ok(mut failures) = self.failures.lock() {
            failures.clear();
        }
        if open {
            let path = match &self.file {
                Some(file) => file.clone(),
                None => self.fresh_example()?,
            };
            session.open(&path, Utc::now())?;
            crate::commands::Host::set_title(&self.host, &crate::app::window_title(&session));
        }
        Ok(serde_json::to_value(session.status()).unwrap_or_default())
    }

    fn fresh_example(&self) -> Result<PathBuf, ApiError> {
        let mut resets = self.resets.lock().map_err(|_| commands::poisoned())?;
        *resets += 1;
        let folder = self.work.join(format!("reset-{resets}"));
        let path = folder.join(EXAMPLE_FILE);
        let copied = std::fs::create_dir_all(&folder)
            .and_then(|()| std::fs::copy(self.work.join("pristine.radsplan"), &path));
        copied.map_err(|source| radsplan_core::CoreError::Io {
            path: path.clone(),
            source,
        })?;
        Ok(path)
    }
}

fn parse<T: serde::de::DeserializeOwned>(body: Value) -> Result<T, ApiError> {
    serde_json::from_value(body).map_err(|error| ApiError {
        code: ErrorCode::Invalid,
        message: format!("dev-bridge: {error}"),
    })
}
