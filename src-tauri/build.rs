//! The app manifest names the app's own commands so that the window's capability
//! (capabilities/main.json, generated from the same list) can grant exactly these and nothing
//! else. The names come from the one command list, src/commands/list.rs.

macro_rules! command_list {
    ($(
        $(#[doc = $doc:literal])*
        $module:ident :: $name:ident ( $($arg:ident : $ty:ty),* $(,)? ) -> $ret:ty;
    )*) => {
        const COMMANDS: &[&str] = &[$(stringify!($name)),*];
    };
}

include!("src/commands/list.rs");

fn main() {
    println!("cargo:rerun-if-changed=src/commands/list.rs");
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri-build failed");
}
