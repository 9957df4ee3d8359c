//! The app manifest lists the app's own commands so that the window's capability
//! (capabilities/main.json) can grant exactly these and nothing else. Keep this list, the
//! capability and `commands::handler` in step.

const COMMANDS: &[&str] = &[
    "app_status",
    "open_example",
    "create_council",
    "new_council_dialog",
    "open_file_dialog",
    "save_copy_dialog",
    "close_file",
    "set_language",
    "ui_painted",
    "list_organisations",
    "add_organisation",
    "update_organisation",
    "delete_organisation",
    "list_people",
    "add_person",
    "update_person",
    "delete_person",
    "council_profile",
    "update_council",
    "add_county",
    "rename_county",
    "delete_county",
    "add_goal",
    "update_goal",
    "delete_goal",
    "move_goal",
    "undo",
    "redo",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri-build failed");
}
