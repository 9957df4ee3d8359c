//! The files generated from the one command list and the Rust types. Each test regenerates its
//! file and fails when the committed one differs; `UPDATE_GENERATED=1 cargo test -p radsplan
//! generated` writes them all.

use std::collections::BTreeSet;
use std::path::PathBuf;

use super::spec::{camel_case, CommandSpec};
use super::{specs, NAMES};

fn repo_file(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(relative)
}

/// Compares `generated` with the committed file, or writes it when asked to.
fn check(relative: &str, generated: &str) {
    let path = repo_file(relative);
    if std::env::var_os("UPDATE_GENERATED").is_some() {
        std::fs::write(&path, generated).unwrap_or_else(|e| panic!("write {relative}: {e}"));
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "{relative} is stale: run `UPDATE_GENERATED=1 cargo test -p radsplan generated`"
    );
}

/// The type names a client line uses that bindings.ts declares.
fn declared_names_in(ts_type: &str, declared: &BTreeSet<String>) -> Vec<String> {
    ts_type
        .split(|c: char| !c.is_alphanumeric() && c != '_')
        .filter(|word| declared.contains(*word))
        .map(str::to_string)
        .collect()
}

fn declared_types() -> BTreeSet<String> {
    let bindings = crate::bindings::generate();
    bindings
        .lines()
        .filter_map(|line| line.strip_prefix("export type "))
        .filter_map(|rest| rest.split([' ', '<']).next())
        .map(str::to_string)
        .collect()
}

fn client_line(spec: &CommandSpec) -> String {
    let parameters = spec
        .arguments
        .iter()
        .map(|(name, ty)| format!("{}: {ty}", camel_case(name)))
        .collect::<Vec<_>>()
        .join(", ");
    let passed = if spec.arguments.is_empty() {
        String::new()
    } else {
        let names = spec
            .arguments
            .iter()
            .map(|(name, _)| camel_case(name))
            .collect::<Vec<_>>()
            .join(", ");
        format!(", {{ {names} }}")
    };
    let doc = if spec.doc.is_empty() {
        String::new()
    } else {
        format!("/** {} */\n", spec.doc)
    };
    format!(
        "{doc}export const {} = ({parameters}) =>\n  invoke<{}>(\"{}\"{passed});\n",
        spec.client_name(),
        spec.returns,
        spec.name
    )
}

/// Where the client's files go: api.ts, and one file per command module beside it.
const CLIENT: &str = "ui/src/lib/api.ts";
const CLIENT_MODULES: &str = "ui/src/lib/api";

const GENERATED_HEADER: &str =
    "// GENERATED from the command list (src-tauri/src/commands/list.rs). Do not edit.\n\
     // Regenerate: UPDATE_GENERATED=1 cargo test -p radsplan generated\n";

/// The typed client: `ui/src/lib/api/<module>.ts` for each command module, in the list's order,
/// and `api.ts` exporting them all (the window imports `lib/api`). Paths are the repository's.
pub fn client_files() -> Vec<(String, String)> {
    let declared = declared_types();
    let specs = specs();
    let mut modules: Vec<&str> = Vec::new();
    for spec in &specs {
        if !modules.contains(&spec.module) {
            modules.push(spec.module);
        }
    }
    let mut files = Vec::new();
    let mut index =
        format!("{GENERATED_HEADER}// The window's typed client, one file per command module.\n");
    for module in modules {
        let file = module.replace('_', "-");
        let commands: Vec<&CommandSpec> = specs.iter().filter(|s| s.module == module).collect();
        files.push((
            format!("{CLIENT_MODULES}/{file}.ts"),
            module_client(&commands, &declared),
        ));
        index.push_str(&format!("export * from \"./api/{file}\";\n"));
    }
    files.push((CLIENT.to_string(), index));
    files
}

fn module_client(commands: &[&CommandSpec], declared: &BTreeSet<String>) -> String {
    let mut imports = BTreeSet::new();
    for spec in commands {
        for (_, ty) in &spec.arguments {
            imports.extend(declared_names_in(ty, declared));
        }
        imports.extend(declared_names_in(&spec.returns, declared));
    }
    let imports = if imports.is_empty() {
        String::new()
    } else {
        let names = imports.into_iter().collect::<Vec<_>>().join(", ");
        format!("import type {{ {names} }} from \"../bindings\";\n")
    };
    let lines = commands
        .iter()
        .map(|spec| client_line(spec))
        .collect::<Vec<_>>()
        .join("\n");
    format!(
        "{GENERATED_HEADER}import {{ invoke }} from \"@tauri-apps/api/core\";\n{imports}\n{lines}"
    )
}

pub fn capability_json() -> String {
    let permissions: Vec<String> = NAMES
        .iter()
        .map(|name| format!("allow-{}", name.replace('_', "-")))
        .collect();
    let capability = serde_json::json!({
        "$schema": "../gen/schemas/desktop-schema.json",
        "identifier": "main-window",
        "description": "GENERATED from src-tauri/src/commands/list.rs. The main window may call the \
            app's own commands, and nothing else: no shell, no http, no free file system.",
        "windows": ["main"],
        "permissions": permissions,
    });
    serde_json::to_string_pretty(&capability).expect("JSON") + "\n"
}

const TABLE_START: &str = "<!-- commands: GENERATED from src-tauri/src/commands/list.rs -->";
const TABLE_END: &str = "<!-- end of commands -->";

fn contract_table() -> String {
    let mut out = String::from("| command | arguments | returns | note |\n|---|---|---|---|\n");
    for spec in specs() {
        let arguments = if spec.arguments.is_empty() {
            "–".to_string()
        } else {
            let list = spec
                .arguments
                .iter()
                .map(|(name, ty)| format!("{}: {ty}", camel_case(name)))
                .collect::<Vec<_>>()
                .join(", ");
            format!("`{{ {list} }}`")
        };
        out.push_str(&format!(
            "| `{}` | {} | `{}` | {} |\n",
            spec.name,
            arguments.replace('|', "\\|"),
            spec.returns.replace('|', "\\|"),
            spec.doc.replace('|', "\\|")
        ));
    }
    out
}

fn contract_with_table(committed: &str) -> String {
    let start = committed
        .find(TABLE_START)
        .expect("docs/ipc-contract.md keeps the commands start marker");
    let end = committed
        .find(TABLE_END)
        .expect("docs/ipc-contract.md keeps the commands end marker");
    format!(
        "{}{TABLE_START}\n{}{}",
        &committed[..start],
        contract_table(),
        &committed[end..]
    )
}

#[test]
fn generated_client_is_current() {
    let files = client_files();
    for (relative, generated) in &files {
        check(relative, generated);
    }
    // A module whose commands all went leaves no file behind.
    let folder = repo_file(CLIENT_MODULES);
    for entry in std::fs::read_dir(&folder).expect("the client's folder") {
        let path = entry.expect("entry").path();
        let relative = format!(
            "{CLIENT_MODULES}/{}",
            path.file_name().unwrap_or_default().to_string_lossy()
        );
        if files.iter().any(|(known, _)| *known == relative) {
            continue;
        }
        if std::env::var_os("UPDATE_GENERATED").is_some() {
            std::fs::remove_file(&path).expect("remove a stale client file");
        } else {
            panic!(
                "{relative} is stale: run `UPDATE_GENERATED=1 cargo test -p radsplan generated`"
            );
        }
    }
}

#[test]
fn generated_capability_is_current() {
    check("src-tauri/capabilities/main.json", &capability_json());
}

#[test]
fn generated_contract_table_is_current() {
    let committed = std::fs::read_to_string(repo_file("docs/ipc-contract.md")).expect("contract");
    check("docs/ipc-contract.md", &contract_with_table(&committed));
}

#[test]
fn generated_bindings_are_current() {
    check("ui/src/lib/bindings.ts", &crate::bindings::generate());
}

#[test]
fn every_command_is_listed_once_and_every_client_type_is_declared() {
    let unique: BTreeSet<_> = NAMES.iter().collect();
    assert_eq!(unique.len(), NAMES.len(), "a command is listed twice");
    let declared = declared_types();
    for spec in specs() {
        for ty in spec.arguments.iter().map(|(_, t)| t).chain([&spec.returns]) {
            for word in ty.split(|c: char| !c.is_alphanumeric() && c != '_') {
                let is_type_name = word.chars().next().is_some_and(char::is_uppercase);
                let builtin = ["Array", "Record", "Partial"].contains(&word);
                assert!(
                    !is_type_name || builtin || declared.contains(word),
                    "{}: type {word} is not in bindings.ts (add it in bindings.rs)",
                    spec.name
                );
            }
        }
    }
}
