//! Tauri commands: glue only. Each takes the state, calls one core function with the clock's
//! time, and maps the error to `{ code, message }`.

mod activity;
pub(crate) mod export;
mod file;
mod focus_area;
mod history;
mod import;
mod plan;
mod register;
mod settings;

use chrono::Utc;
use radsplan_core::error::ApiError;
use radsplan_core::{Storage, Timestamp};
use tauri::State;

use crate::app::SessionState;

pub type CommandResult<T> = Result<T, ApiError>;

/// Every command the window may call. The same list is the app manifest in build.rs, from
/// which the window's capability grants exactly these.
pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        file::app_status,
        file::open_example,
        file::create_council,
        file::new_council_dialog,
        file::open_file_dialog,
        file::save_copy_dialog,
        file::close_file,
        file::open_recent_file,
        file::forget_recent_file,
        file::remember_plan_year,
        file::set_language,
        file::ui_painted,
        register::list_organisations,
        register::add_organisation,
        register::update_organisation,
        register::delete_organisation,
        register::list_people,
        register::add_person,
        register::update_person,
        register::delete_person,
        settings::council_profile,
        settings::update_council,
        settings::add_county,
        settings::rename_county,
        settings::delete_county,
        settings::add_goal,
        settings::list_goals,
        settings::update_goal,
        settings::delete_goal,
        settings::move_goal,
        plan::list_plans,
        plan::create_plan,
        plan::carry_over_proposal,
        plan::create_plan_from_previous,
        plan::set_plan_status,
        plan::parse_tidplan,
        focus_area::list_focus_areas,
        focus_area::add_focus_area,
        focus_area::update_focus_area,
        focus_area::move_focus_area,
        focus_area::defer_focus_area,
        focus_area::delete_focus_area,
        activity::list_activities,
        activity::find_activities,
        activity::add_activity,
        activity::update_activity,
        activity::set_activity_priority,
        activity::set_activity_status,
        activity::move_activity,
        activity::duplicate_activity,
        activity::delete_activity,
        export::export_plan_dialog,
        import::choose_import_file,
        import::preview_plan_import_file,
        import::import_plan_file,
        import::preview_plan_paste,
        import::import_plan_paste,
        history::undo,
        history::redo,
    ]
}

/// Runs `action` on the open council with the current time.
pub fn with_storage<T>(
    state: &State<'_, SessionState>,
    action: impl FnOnce(&mut Storage, Timestamp) -> radsplan_core::Result<T>,
) -> CommandResult<T> {
    let mut session = state.lock().map_err(|_| poisoned())?;
    let storage = session.storage()?;
    Ok(action(storage, Utc::now())?)
}

pub fn poisoned() -> ApiError {
    ApiError {
        code: radsplan_core::error::ErrorCode::Internal,
        message: "Ett internt fel uppstod. Starta om Rådsplan; det som sparats finns kvar.".into(),
    }
}
