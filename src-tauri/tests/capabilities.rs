//! The window may call exactly the app's own commands: the app manifest (build.rs), the
//! capability (capabilities/main.json) and the handler (commands/mod.rs) must list the same.

use std::collections::BTreeSet;

fn quoted_in(source: &str, start: &str, end: &str) -> BTreeSet<String> {
    let from = source.find(start).expect("start marker");
    let block = &source[from..from + source[from..].find(end).expect("end marker")];
    block
        .split('"')
        .skip(1)
        .step_by(2)
        .map(String::from)
        .collect()
}

#[test]
fn manifest_capability_and_handler_list_the_same_commands() {
    let build = include_str!("../build.rs");
    let manifest = quoted_in(build, "const COMMANDS", "];");

    let capability: serde_json::Value =
        serde_json::from_str(include_str!("../capabilities/main.json")).expect("capability JSON");
    let granted: BTreeSet<String> = capability["permissions"]
        .as_array()
        .expect("permissions")
        .iter()
        .map(|p| {
            p.as_str()
                .expect("string")
                .trim_start_matches("allow-")
                .replace('-', "_")
        })
        .collect();
    assert_eq!(
        granted, manifest,
        "capabilities/main.json and build.rs differ"
    );
    assert!(
        capability["permissions"]
            .as_array()
            .expect("permissions")
            .iter()
            .all(|p| p.as_str().is_some_and(|p| p.starts_with("allow-"))),
        "no plugin or core permission (shell, http, fs …) is granted"
    );

    let handler_source = include_str!("../src/commands/mod.rs");
    let from = handler_source.find("generate_handler![").expect("handler");
    let block = &handler_source[from..from + handler_source[from..].find("]").expect("end")];
    let handled: BTreeSet<String> = block
        .lines()
        .filter_map(|l| {
            l.trim()
                .trim_end_matches(',')
                .rsplit("::")
                .next()
                .map(str::to_string)
        })
        .filter(|name| !name.is_empty() && !name.contains('!'))
        .collect();
    assert_eq!(
        handled, manifest,
        "commands/mod.rs handler and build.rs differ"
    );
}
