//! A command as the generated files describe it: names, TypeScript types, the list's doc line.

use ts_rs::{Config, TS};

pub struct CommandSpec {
    /// The module of `commands` it lives in: the client has one file per module.
    pub module: &'static str,
    pub name: &'static str,
    pub doc: String,
    pub arguments: Vec<(&'static str, String)>,
    pub returns: String,
}

impl CommandSpec {
    /// The client function's name: `set_activity_priority` → `setActivityPriority`.
    pub fn client_name(&self) -> String {
        camel_case(self.name)
    }
}

pub fn ts<T: TS + ?Sized>(cfg: &Config) -> String {
    T::name(cfg)
}

/// Tauri passes arguments by their camelCase names.
pub fn camel_case(snake: &str) -> String {
    let mut out = String::with_capacity(snake.len());
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}
