//! `radsplan dev-bridge`: the window's command list over HTTP, on loopback, for the UI's tests
//! and the browser preview. It must serve only who holds its token, and answer as the window's
//! IPC does (the same dispatch, the same errors).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};

use serde_json::{json, Value};

struct Bridge {
    child: Child,
    host_port: String,
    token: String,
}

impl Drop for Bridge {
    fn drop(&mut self) {
        // As Vitest's end does: its stdin closes, and it removes its copies and exits.
        drop(self.child.stdin.take());
        let _ = self.child.wait();
    }
}

fn start() -> Bridge {
    let mut child = Command::new(env!("CARGO_BIN_EXE_radsplan"))
        .arg("dev-bridge")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("start the bridge");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut line)
        .expect("its first line");
    let mut words = line.split_whitespace();
    assert_eq!(words.next(), Some("RADSPLAN_BRIDGE"), "{line}");
    let url = words.next().expect("url");
    let token = words.next().expect("token").to_string();
    let host_port = url
        .strip_prefix("http://127.0.0.1:")
        .map(|port| format!("127.0.0.1:{port}"))
        .unwrap_or_else(|| panic!("listens on loopback only: {url}"));
    assert_eq!(token.len(), 32, "a 128-bit random token: {token}");
    Bridge {
        child,
        host_port,
        token,
    }
}

/// POSTs `body` to `route`; the status and the JSON answer.
fn post(bridge: &Bridge, route: &str, token: Option<&str>, body: &Value) -> (u16, Value) {
    let mut stream = TcpStream::connect(&bridge.host_port).expect("connect");
    let body = body.to_string();
    let token = token.map_or(String::new(), |t| format!("x-radsplan-token: {t}\r\n"));
    write!(
        stream,
        "POST {route} HTTP/1.1\r\nHost: x\r\n{token}Content-Type: application/json\r\n\
         Content-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .expect("send");
    let mut answer = String::new();
    stream.read_to_string(&mut answer).expect("read");
    let status = answer[9..12].parse().expect("status");
    let json = answer.split("\r\n\r\n").nth(1).unwrap_or("null");
    (status, serde_json::from_str(json).unwrap_or(Value::Null))
}

fn call(bridge: &Bridge, route: &str, body: Value) -> Value {
    let (status, answer) = post(bridge, route, Some(&bridge.token), &body);
    assert_eq!(status, 200, "{route}: {answer}");
    answer
}

#[test]
fn without_its_token_nothing_is_served() {
    let bridge = start();
    assert_eq!(post(&bridge, "/invoke/app_status", None, &json!({})).0, 401);
    assert_eq!(
        post(&bridge, "/invoke/app_status", Some("0123"), &json!({})).0,
        401
    );
}

#[test]
fn commands_answer_from_the_real_example_council() {
    let bridge = start();
    let status = call(&bridge, "/invoke/app_status", json!({}));
    assert_eq!(
        status["ok"]["councilName"],
        "Regionalt vårdkompetensråd Mellansverige"
    );
    let people = call(&bridge, "/invoke/list_people", json!({ "query": "" }));
    assert_eq!(people["ok"].as_array().map(Vec::len), Some(27));
    // The same validation as through the window: a Swedish message, a stable code.
    let refused = call(
        &bridge,
        "/invoke/add_person",
        json!({ "input": { "name": " ", "title": "", "organisationId": null, "email": "", "phone": "" } }),
    );
    assert_eq!(refused["error"]["code"], "invalid", "{refused}");
}

#[test]
fn arguments_that_do_not_fit_the_list_and_unknown_commands_are_errors_not_guesses() {
    let bridge = start();
    let wrong = call(&bridge, "/invoke/list_people", json!({ "qeury": "" }));
    assert!(
        wrong["error"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("list_people")),
        "{wrong}"
    );
    let unknown = call(&bridge, "/invoke/drop_everything", json!({}));
    assert_eq!(unknown["error"]["code"], "internal", "{unknown}");
}

#[test]
fn a_test_can_fail_a_command_on_purpose_and_reset_to_a_fresh_example() {
    let bridge = start();
    call(
        &bridge,
        "/test/fail-next",
        json!({ "command": "list_plans", "code": "io", "message": "Disken svarar inte." }),
    );
    let failed = call(&bridge, "/invoke/list_plans", json!({}));
    assert_eq!(
        failed["error"],
        json!({ "code": "io", "message": "Disken svarar inte." })
    );
    assert!(call(&bridge, "/invoke/list_plans", json!({}))["ok"].is_array());

    call(&bridge, "/invoke/create_plan", json!({ "year": 2031 }));
    let reset = call(&bridge, "/test/reset", json!({ "open": true }));
    assert!(reset["ok"]["file"].is_string());
    let plans = call(&bridge, "/invoke/list_plans", json!({}));
    assert!(
        !plans["ok"].to_string().contains("2031"),
        "a fresh copy: {plans}"
    );
    let closed = call(&bridge, "/test/reset", json!({ "open": false }));
    assert!(closed["ok"]["file"].is_null());
}

#[test]
fn native_dialogs_answer_what_the_test_queued() {
    let bridge = start();
    let dir = tempfile::tempdir().expect("dir");
    let target = dir.path().join("Kopia för AU.radsplan");
    call(
        &bridge,
        "/test/answer-dialog",
        json!({ "path": target.to_str().expect("utf-8") }),
    );
    let saved = call(&bridge, "/invoke/save_copy_dialog", json!({}));
    assert_eq!(saved["ok"], target.to_str().expect("utf-8"));
    assert!(target.is_file());
    // Nothing queued: the dialog is cancelled.
    let cancelled = call(&bridge, "/invoke/save_copy_dialog", json!({}));
    assert!(cancelled["ok"].is_null());
    let window = call(&bridge, "/test/window", json!({}));
    assert_eq!(
        window["ok"]["dialogs"],
        json!(["Spara en kopia som", "Spara en kopia som"])
    );
}
