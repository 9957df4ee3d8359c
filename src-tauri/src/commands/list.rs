// Every command the window may call, declared once: the module and function (`file::app_status`
// is `commands::file::app_status`, called with the command context first), the arguments the
// window passes, and what comes back. A failing command rejects with `ApiError`.
//
// From this list come the IPC dispatch (commands/mod.rs), the app manifest (build.rs, which
// includes this file with its own `command_list!`), and, by `UPDATE_GENERATED=1 cargo test -p
// radsplan generated`: the typed client ui/src/lib/api.ts (one file per module in api/), the
// window's capability capabilities/main.json and the command table of docs/ipc-contract.md. A
// test fails when any of them is stale. Adding a command: the core function, a thin function in its module here, one
// entry below, regenerate.
//
// The doc line of each entry becomes the contract table's note and the client's comment.
command_list! {
    // The open file, language and window.
    /// What the window shows: the open file, language, undo/redo labels, notice, recent files.
    file::app_status() -> AppStatus;
    /// Creates the example file in the data folder the first time, then opens it.
    file::open_example() -> AppStatus;
    /// A new council in the data folder, named after it.
    file::create_council(name: String) -> AppStatus;
    /// "Ny …": native save dialog; null when cancelled.
    file::new_council_dialog(name: String) -> Option<AppStatus>;
    /// "Öppna …": native open dialog; null when cancelled.
    file::open_file_dialog() -> Option<AppStatus>;
    /// "Spara en kopia som …": the path written; refused with `conflict` for the open file itself;
    /// an older file at the target is replaced only by a verified copy.
    file::save_copy_dialog() -> Option<String>;
    /// Moves the open file out of a synced folder or network share: a verified copy in the data
    /// folder under a free name, opened; the original stays untouched and in *Senaste filer*.
    file::move_to_data_folder() -> AppStatus;
    /// Checkpoints and closes the open file.
    file::close_file() -> AppStatus;
    /// Opens a file of *Senaste filer*; `invalid` with a Swedish message if it is gone.
    file::open_recent_file(path: String) -> AppStatus;
    /// Takes a file off *Senaste filer*; the file itself is not touched.
    file::forget_recent_file(path: String) -> AppStatus;
    /// The plan year shown, remembered for the open file in the app's config.
    file::remember_plan_year(year: i32) -> ();
    file::set_language(language: Language) -> AppStatus;
    /// The UI's first screen is drawn (for the measuring command).
    file::ui_painted() -> ();

    // Register.
    /// Swedish order; the query folds case and å-forms.
    register::list_organisations(query: String) -> Vec<Organisation>;
    register::add_organisation(input: OrganisationInput) -> Outcome<Id>;
    register::update_organisation(id: Id, input: OrganisationInput) -> Outcome<()>;
    /// Its people are detached; undoable.
    register::delete_organisation(id: Id) -> Outcome<()>;
    register::list_people(query: String) -> Vec<Person>;
    register::add_person(input: PersonInput) -> Outcome<Id>;
    register::update_person(id: Id, input: PersonInput) -> Outcome<()>;
    /// `conflict` while the person is still a member somewhere.
    register::delete_person(id: Id) -> Outcome<()>;

    // Inställningar: the council's profile, counties and goals.
    settings::council_profile() -> CouncilProfile;
    settings::update_council(name: String, mandate: String) -> Outcome<()>;
    settings::add_county(name: String) -> Outcome<Id>;
    settings::rename_county(id: Id, name: String) -> Outcome<()>;
    settings::delete_county(id: Id) -> Outcome<()>;
    /// That plan year's goals, in order.
    settings::list_goals(plan_id: Id) -> Vec<Goal>;
    /// Last in that plan's list.
    settings::add_goal(plan_id: Id, text: String) -> Outcome<Id>;
    settings::update_goal(id: Id, text: String) -> Outcome<()>;
    settings::delete_goal(id: Id) -> Outcome<()>;
    /// `to_index` counts from 0.
    settings::move_goal(id: Id, to_index: usize) -> Outcome<()>;

    // Ångra and Gör om.
    history::undo() -> Changes;
    history::redo() -> Changes;

    // Aktivitetsplan: plans, focus areas, activities.
    /// Newest year first.
    plan::list_plans() -> Vec<Plan>;
    plan::create_plan(year: i32) -> Outcome<Id>;
    /// Red first.
    plan::carry_over_proposal(from_year: i32) -> Vec<CarryOverCandidate>;
    plan::create_plan_from_previous(year: i32, from_year: i32, carry: Vec<Id>) -> Outcome<Id>;
    /// `adopted_on` is an ISO date.
    plan::set_plan_status(plan_id: Id, status: PlanStatus, adopted_on: Option<String>) -> Outcome<()>;
    /// Live preview while typing a tidplan; reads nothing from the file.
    plan::parse_tidplan(text: String, year: i32) -> Schedule;
    focus_area::list_focus_areas(plan_id: Id) -> Vec<FocusArea>;
    focus_area::add_focus_area(plan_id: Id, name: String) -> Outcome<Id>;
    focus_area::update_focus_area(id: Id, name: String, description: String) -> Outcome<()>;
    focus_area::move_focus_area(id: Id, to_index: usize) -> Outcome<()>;
    focus_area::defer_focus_area(id: Id, to_year: Option<i32>, note: String) -> Outcome<()>;
    /// Refuse (`conflict` if it has activities), move them to another focus area of the plan
    /// (appended in order) or delete them; one undo step.
    focus_area::delete_focus_area(id: Id, activities: ActivitiesOnDelete) -> Outcome<()>;
    /// Plan order.
    activity::list_activities(plan_id: Id, filter: ActivityFilter) -> Vec<Activity>;
    /// These activities (ids a change named), in plan order; ids that are gone are left out.
    activity::get_activities(ids: Vec<Id>) -> Vec<Activity>;
    /// Ids passing the filter, in plan order; the find bar asks this per keypress.
    activity::find_activities(plan_id: Id, filter: ActivityFilter) -> Vec<Id>;
    activity::add_activity(focus_area_id: Id, input: ActivityInput) -> Outcome<Id>;
    activity::update_activity(id: Id, input: ActivityInput) -> Outcome<()>;
    activity::set_activity_priority(id: Id, priority: Option<Priority>) -> Outcome<()>;
    activity::set_activity_status(id: Id, status: ActivityStatus) -> Outcome<()>;
    /// To any plan's focus area.
    activity::move_activity(id: Id, focus_area_id: Id, to_index: usize) -> Outcome<()>;
    activity::duplicate_activity(id: Id) -> Outcome<Id>;
    activity::delete_activity(id: Id) -> Outcome<()>;

    // Rapporter.
    /// A document as its files print it (the same model), for the preview drawn in the window:
    /// its first `lines` lines (all when null); the window asks for more as the reader scrolls.
    reports::preview_document(request: DocumentRequest, lines: Option<u32>) -> DocumentPreview;
    reports::prepare_document(request: DocumentRequest) -> ();
    /// A working group's återrapport as of today: tasks done, late and not done, meetings held,
    /// her words.
    reports::year_end_of_group(working_group_id: Id) -> GroupYearEnd;
    /// Results and recommendations, and whether the group continues: one undo step.
    reports::set_year_end(working_group_id: Id, input: YearEndInput) -> Outcome<()>;

    // Exportera and Importera.
    /// Native save dialog, then the document rendered; null when cancelled.
    export::export_plan_dialog(plan_id: Id, format: DocumentFormat) -> Option<ExportedFile>;
    /// PDF or Word (`invalid` for another format); native save dialog; null when cancelled.
    export::export_workshop_summary_dialog(workshop_id: Id, format: DocumentFormat) -> Option<ExportedFile>;
    /// One PDF or Excel file (`format` pdf or xlsx) per group into a folder picked in a native
    /// dialog; null when cancelled.
    export::export_group_sheets_dialog(workshop_id: Id, format: DocumentFormat) -> Option<Vec<ExportedFile>>;
    /// A working group's uppdragsbeskrivning, PDF or Word only; null when cancelled.
    export::export_mandate_dialog(working_group_id: Id, format: DocumentFormat) -> Option<ExportedFile>;
    /// The återrapport of `year` (the council's, or one working group's), PDF or Word only; null
    /// when cancelled.
    export::export_year_end_dialog(year: i32, working_group_id: Option<Id>, format: DocumentFormat) -> Option<ExportedFile>;
    /// "Skicka återrapporten": a group's återrapport as PDF, on record as sent, and its year-end
    /// reporting duty marked delivered today (undoable); null when cancelled.
    export::send_year_end_dialog(year: i32, working_group_id: Id) -> Option<ExportedFile>;
    /// Every document exported (from the window or the command line), newest first.
    records::report_records() -> Vec<ReportRecord>;
    /// "Kontrollera fil": native open dialog, then which record the file matches, or none; null
    /// when cancelled.
    records::verify_report_file() -> Option<FileCheck>;
    /// The AU meeting a lägesrapport is for (the next one when null) and its draft, for the panel
    /// beside the preview (which `preview_document` builds). `meeting` null in the answer: no AU
    /// meeting ahead (offer to add one).
    status_report::status_report_head(meeting_id: Option<Id>) -> StatusReportHead;
    /// The whole lägesrapport model for an AU meeting (the next one when null), read now: what the
    /// preview's document is built from, with every change as data.
    status_report::status_report(meeting_id: Option<Id>) -> StatusReport;
    /// One edit of the report's draft (introduction, closing, a decision point); one undo step.
    status_report::edit_status_report(meeting_id: Id, edit: DraftEdit) -> Outcome<()>;
    /// PDF or Word through a native save dialog, on record (not sent); null when cancelled.
    status_report::export_status_report_dialog(meeting_id: Option<Id>, format: DocumentFormat) -> Option<ExportedFile>;
    /// "Skicka till AU": the PDF through a native save dialog, on record as sent (never undone);
    /// the next report starts here. `invalid` without an AU meeting; null when cancelled.
    status_report::send_status_report(meeting_id: Id) -> Option<ExportedFile>;
    /// Native open dialog (.docx, .xlsx, .csv); null when cancelled.
    import::choose_import_file() -> Option<String>;
    /// Writes nothing: per row the colour seen and the priority it became, unused columns, bad lines.
    import::preview_plan_import_file(plan_id: Id, path: String) -> ImportPreview;
    /// `conflict` if the file changed since the preview; all or nothing, one undo step.
    import::import_plan_file(plan_id: Id, path: String, fingerprint: String, choices: Option<ImportChoices>) -> Outcome<ImportSummary>;
    /// A pasted table (tab-separated, as Word and Excel copy) with each cell's clipboard colour.
    import::preview_plan_paste(plan_id: Id, focus_area_id: Option<Id>, text: String, colours: Option<Vec<Vec<String>>>) -> ImportPreview;
    /// All or nothing, one undo step.
    import::import_plan_paste(plan_id: Id, focus_area_id: Option<Id>, text: String, colours: Option<Vec<Vec<String>>>, choices: Option<ImportChoices>) -> Outcome<ImportSummary>;

    // Workshops: the groups colour the plan, the secretary decides.
    /// The plan's workshops, by date (undated last).
    workshop::list_workshops(plan_id: Id) -> Vec<Workshop>;
    workshop::create_workshop(plan_id: Id, input: WorkshopInput) -> Outcome<Id>;
    workshop::update_workshop(id: Id, input: WorkshopInput) -> Outcome<()>;
    /// With its groups, their assessments and its notes, one undo step.
    workshop::delete_workshop(id: Id) -> Outcome<()>;
    /// The groups in order, with members and the parties they come from.
    workshop::list_workshop_groups(workshop_id: Id) -> Vec<WorkshopGroup>;
    workshop::add_workshop_group(workshop_id: Id, name: String) -> Outcome<Id>;
    workshop::rename_workshop_group(id: Id, name: String) -> Outcome<()>;
    workshop::delete_workshop_group(id: Id) -> Outcome<()>;
    /// A person of Register into the group; `conflict` when already in it.
    workshop::add_workshop_member(group_id: Id, person_id: Id) -> Outcome<Id>;
    workshop::remove_workshop_member(group_id: Id, person_id: Id) -> Outcome<()>;
    /// Every activity of the plan with each group's assessment, the proposal and disagreement.
    workshop::workshop_side_by_side(workshop_id: Id) -> SideBySide;
    /// The workshop groups' colours of every activity of a plan that has any, for its rows.
    workshop::plan_advice(plan_id: Id) -> Vec<ActivityAdvice>;
    /// The same for one activity, after a group's colour was typed in the grid.
    workshop::activity_advice(activity_id: Id) -> Vec<AssessmentOnRecord>;
    /// A group's colour for an activity (null takes it away, keys 1/2/3/0); the row as it is now.
    workshop::set_assessment_colour(group_id: Id, activity_id: Id, colour: Option<Priority>) -> Outcome<SideBySideRow>;
    workshop::set_assessment_national(group_id: Id, activity_id: Id, raise_national: bool) -> Outcome<SideBySideRow>;
    workshop::set_assessment_comment(group_id: Id, activity_id: Id, comment: String) -> Outcome<SideBySideRow>;
    /// The proposal becomes the activity's decided priority in the plan.
    workshop::accept_workshop_proposal(workshop_id: Id, activity_id: Id) -> Outcome<Priority>;
    /// Another colour (or none) than proposed, decided for the activity.
    workshop::decide_workshop_priority(workshop_id: Id, activity_id: Id, priority: Option<Priority>) -> Outcome<()>;
    /// Every proposal without strong disagreement, one undo step; how many changed.
    workshop::accept_all_workshop_proposals(workshop_id: Id) -> Outcome<usize>;

    // The notes board of a workshop.
    /// The workshop's categories (its own list) and its notes by category, kind and place.
    workshop_note::list_workshop_notes(workshop_id: Id) -> NoteBoard;
    /// Last in its cell (category × kind).
    workshop_note::add_workshop_note(workshop_id: Id, input: NoteInput) -> Outcome<Id>;
    workshop_note::edit_workshop_note(id: Id, text: String, group_id: Option<Id>) -> Outcome<()>;
    /// The cell closes the gap; an activity made from the note stays.
    workshop_note::delete_workshop_note(id: Id) -> Outcome<()>;
    /// To a cell and a place in it (keyboard or drag).
    workshop_note::move_workshop_note(id: Id, category: String, kind: NoteKind, to_index: usize) -> Outcome<()>;
    /// A new activity last in the focus area (of the workshop's plan), linked from the note.
    workshop_note::workshop_note_to_activity(id: Id, focus_area_id: Id) -> Outcome<Id>;
    /// Last on the board, empty; `invalid` when the workshop has it already.
    workshop_note::add_note_category(workshop_id: Id, name: String) -> Outcome<()>;
    /// Its notes move along, one undo step.
    workshop_note::rename_note_category(workshop_id: Id, from: String, to: String) -> Outcome<()>;
    /// Only an empty category, never the last (`conflict`, `invalid`).
    workshop_note::remove_note_category(workshop_id: Id, name: String) -> Outcome<()>;
    /// Writes nothing: where each note of a pasted table or list goes, and what was not understood.
    workshop_note::preview_notes_paste(workshop_id: Id, text: String) -> PastePreview;
    /// Every note of the paste, one undo step; how many.
    workshop_note::paste_workshop_notes(workshop_id: Id, text: String) -> Outcome<usize>;

    // Säkerhetskopior.
    /// Last good backup, last failure, warning (`failed`, `stale`), second folder, thinning rule.
    backup::backup_status() -> BackupStatus;
    /// The open file's backups, newest first.
    backup::list_backups() -> Vec<BackupInfo>;
    /// A verified backup now; `io` with a Swedish message when it fails.
    backup::backup_now() -> BackupStatus;
    /// Problems in Swedish, and the newest good backup when not ok.
    backup::check_file() -> HealthReport;
    /// The backup copied beside the open file as "NAMN (återställd DATUM TID).radsplan", opened.
    backup::restore_backup_as_new_file(path: String) -> AppStatus;
    /// The open file backed up first, then replaced (the window confirms first).
    backup::restore_backup_replacing(path: String) -> AppStatus;
    /// The file that was damaged at opening: its newest good backup put in its place and opened;
    /// the damaged file kept beside it as "NAMN (skadad DATUM TID).radsplan".
    backup::restore_damaged_file() -> AppStatus;
    /// "Inte nu" to that offer; the damaged file is left as it is.
    backup::dismiss_damaged_file() -> AppStatus;
    /// Native folder dialog; unchanged when cancelled.
    backup::choose_second_backup_folder() -> BackupStatus;
    backup::clear_second_backup_folder() -> BackupStatus;

    // Översikt: the first screen once a file is open.
    /// The plan's activities by focus area, priority and status; what needs attention and the next
    /// AU meeting, seen on `today` (an ISO date from the window's clock).
    overview::get_overview(plan_id: Id, today: NaiveDate) -> Overview;

    // Arbetsgrupper: the groups of a plan year, members, meetings, tasks, deadlines.
    /// The plan's groups with member count, conveners and the parties missing.
    working_group::list_working_groups(plan_id: Id) -> Vec<WorkingGroupSummary>;
    /// One group with its mandate, members, tasks (tidplan anchored to its meetings), meetings, duties.
    working_group::get_working_group(id: Id) -> WorkingGroup;
    working_group::add_working_group(plan_id: Id, input: WorkingGroupInput) -> Outcome<Id>;
    working_group::update_working_group(id: Id, input: WorkingGroupInput) -> Outcome<()>;
    /// Its mandate, members, tasks, meetings and duties go with it; one undo step.
    working_group::delete_working_group(id: Id) -> Outcome<()>;
    /// "Etablera arbetsgrupp": a proposed group named after the activity, linked to it.
    working_group::establish_working_group(activity_id: Id) -> Outcome<Id>;
    /// The mandate's sections; one undo step per save.
    working_group::update_mandate(working_group_id: Id, input: MandateInput) -> Outcome<()>;
    /// A person from Register, last among the members; `conflict` if already a member.
    working_group::add_group_member(working_group_id: Id, input: MemberInput) -> Outcome<Id>;
    working_group::update_group_member(membership_id: Id, role: MemberRole, representing: String) -> Outcome<()>;
    /// `conflict` for the last member of an active group.
    working_group::remove_group_member(membership_id: Id) -> Outcome<()>;
    /// A group's or the AU's meeting; `invalid` for an end before the start or a time taken.
    working_group::add_meeting(owner: MeetingOwner, input: MeetingInput) -> Outcome<Id>;
    /// Tasks anchored to the meeting follow its new date.
    working_group::update_meeting(id: Id, input: MeetingInput) -> Outcome<()>;
    working_group::delete_meeting(id: Id) -> Outcome<()>;
    /// Last in the group's task table; the tidplan is read in the plan's year.
    working_group::add_group_task(working_group_id: Id, input: TaskInput) -> Outcome<Id>;
    working_group::update_group_task(id: Id, input: TaskInput) -> Outcome<()>;
    working_group::delete_group_task(id: Id) -> Outcome<()>;
    /// Continuous reporting or the återrapport; `invalid` for an AU meeting on an återrapport.
    working_group::add_report_duty(working_group_id: Id, input: ReportDutyInput) -> Outcome<Id>;
    /// Its due and delivered days, and the AU meetings continuous reporting goes to.
    working_group::update_report_duty(id: Id, input: ReportDutyInput) -> Outcome<()>;
    /// Tasks and reporting duties of the plan's groups, by due day, with their state on `today`
    /// (an ISO date from the window's clock).
    working_group::list_deadlines(plan_id: Id, today: NaiveDate, filter: DeadlineFilter) -> Vec<Deadline>;
    /// Everyone in the plan's groups, once, by name: whom the deadlines can be narrowed to.
    working_group::list_plan_members(plan_id: Id) -> Vec<PlanMember>;
    /// The AU and its meetings in `year` (undated ones too); null if the file has no AU.
    working_group::get_committee(year: i32) -> Option<Committee>;
    /// Tidslinje: the plan year in ISO weeks, its marks and bars seen on `today` (an ISO date from
    /// the window's clock), and the tidplans not understood.
    timeline::get_timeline(plan_id: Id, today: NaiveDate) -> Timeline;
    /// "Skriv ut / Exportera …": native save dialog; the year seen on `today`, lanes under focus
    /// areas or working groups, as a PDF to print on A4 or A3 `paper` (landscape) or one PNG
    /// picture for a slide (paper unused); null when cancelled.
    export::export_timeline_dialog(plan_id: Id, today: NaiveDate, by_working_group: bool, format: TimelineFormat, paper: Paper) -> Option<ExportedFile>;
    /// A group's meetings and deadlines, or (null) every group's and the AU's, as an .ics file.
    calendar::export_calendar_dialog(working_group_id: Option<Id>) -> Option<ExportedCalendar>;
    /// The same events as a list, month by month, as a PDF (Rapporter); null when cancelled.
    calendar::export_calendar_list_dialog(working_group_id: Option<Id>) -> Option<ExportedFile>;
    /// "Importera uppdragsbeskrivning…": native open dialog (.docx); null when cancelled.
    mandate_import::choose_mandate_file() -> Option<String>;
    /// Writes nothing: sections, tasks (tidplan anchored to the meetings), members (in Register or new), meetings, problems.
    mandate_import::preview_mandate_import(plan_id: Id, path: String) -> MandatePreview;
    /// A new group with mandate, members, meetings and tasks; one undo step, all or nothing; `conflict` if the file changed.
    mandate_import::import_mandate(plan_id: Id, path: String, fingerprint: String, choices: MandateImportChoices) -> Outcome<MandateImportSummary>;
    /// "Läs in gruppblad…": native open dialog (.xlsx); null when cancelled.
    group_sheet_import::choose_group_sheet_file() -> Option<String>;
    /// Writes nothing: the group the sheet is for (`group_id` null: the one it names), every row and problem.
    group_sheet_import::preview_group_sheet_import(workshop_id: Id, group_id: Option<Id>, path: String) -> SheetImportPreview;
    /// The group's colours, national flags and comments from the sheet; one undo step, all or nothing; `conflict` if the file changed. The number of activities changed.
    group_sheet_import::import_group_sheet(workshop_id: Id, group_id: Option<Id>, path: String, fingerprint: String) -> Outcome<usize>;
}
