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
    "list_plans",
    "create_plan",
    "carry_over_proposal",
    "create_plan_from_previous",
    "set_plan_status",
    "parse_tidplan",
    "list_focus_areas",
    "add_focus_area",
    "update_focus_area",
    "move_focus_area",
    "defer_focus_area",
    "delete_focus_area",
    "list_activities",
    "add_activity",
    "update_activity",
    "set_activity_priority",
    "set_activity_status",
    "move_activity",
    "duplicate_activity",
    "delete_activity",
    "choose_import_file",
    "preview_plan_import_file",
    "import_plan_file",
    "preview_plan_paste",
    "import_plan_paste",
    "redo",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri-build failed");
}
