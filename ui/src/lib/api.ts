// GENERATED from the command list (src-tauri/src/commands/list.rs). Do not edit.
// Regenerate: UPDATE_GENERATED=1 cargo test -p radsplan generated
import { invoke } from "@tauri-apps/api/core";
import type { ActivitiesOnDelete, Activity, ActivityAdvice, ActivityFilter, ActivityInput, ActivityStatus, AppStatus, AssessmentOnRecord, BackupInfo, BackupStatus, CarryOverCandidate, Changes, Committee, CouncilProfile, Deadline, DeadlineFilter, DocumentFormat, DocumentPreview, DocumentRequest, DraftEdit, ExportedCalendar, ExportedFile, FileCheck, FocusArea, Goal, GroupYearEnd, HealthReport, ImportChoices, ImportPreview, ImportSummary, Language, MandateImportChoices, MandateImportSummary, MandateInput, MandatePreview, MeetingInput, MeetingOwner, MemberInput, MemberRole, NoteBoard, NoteInput, NoteKind, Organisation, OrganisationInput, Outcome, Overview, Paper, PastePreview, Person, PersonInput, Plan, PlanMember, PlanStatus, Priority, ReportDutyInput, ReportRecord, Schedule, SheetImportPreview, SideBySide, SideBySideRow, StatusReport, StatusReportHead, TaskInput, Timeline, TimelineFormat, WorkingGroup, WorkingGroupInput, WorkingGroupSummary, Workshop, WorkshopGroup, WorkshopInput, YearEndInput } from "./bindings";

/** What the window shows: the open file, language, undo/redo labels, notice, recent files. */
export const appStatus = () =>
  invoke<AppStatus>("app_status");

/** Creates the example file in the data folder the first time, then opens it. */
export const openExample = () =>
  invoke<AppStatus>("open_example");

/** A new council in the data folder, named after it. */
export const createCouncil = (name: string) =>
  invoke<AppStatus>("create_council", { name });

/** "Ny …": native save dialog; null when cancelled. */
export const newCouncilDialog = (name: string) =>
  invoke<AppStatus | null>("new_council_dialog", { name });

/** "Öppna …": native open dialog; null when cancelled. */
export const openFileDialog = () =>
  invoke<AppStatus | null>("open_file_dialog");

/** "Spara en kopia som …": the path written; refused with `conflict` for the open file itself; an older file at the target is replaced only by a verified copy. */
export const saveCopyDialog = () =>
  invoke<string | null>("save_copy_dialog");

/** Moves the open file out of a synced folder or network share: a verified copy in the data folder under a free name, opened; the original stays untouched and in *Senaste filer*. */
export const moveToDataFolder = () =>
  invoke<AppStatus>("move_to_data_folder");

/** Checkpoints and closes the open file. */
export const closeFile = () =>
  invoke<AppStatus>("close_file");

/** Opens a file of *Senaste filer*; `invalid` with a Swedish message if it is gone. */
export const openRecentFile = (path: string) =>
  invoke<AppStatus>("open_recent_file", { path });

/** Takes a file off *Senaste filer*; the file itself is not touched. */
export const forgetRecentFile = (path: string) =>
  invoke<AppStatus>("forget_recent_file", { path });

/** The plan year shown, remembered for the open file in the app's config. */
export const rememberPlanYear = (year: number) =>
  invoke<null>("remember_plan_year", { year });

export const setLanguage = (language: Language) =>
  invoke<AppStatus>("set_language", { language });

/** The UI's first screen is drawn (for the measuring command). */
export const uiPainted = () =>
  invoke<null>("ui_painted");

/** Swedish order; the query folds case and å-forms. */
export const listOrganisations = (query: string) =>
  invoke<Array<Organisation>>("list_organisations", { query });

export const addOrganisation = (input: OrganisationInput) =>
  invoke<Outcome<number>>("add_organisation", { input });

export const updateOrganisation = (id: number, input: OrganisationInput) =>
  invoke<Outcome<null>>("update_organisation", { id, input });

/** Its people are detached; undoable. */
export const deleteOrganisation = (id: number) =>
  invoke<Outcome<null>>("delete_organisation", { id });

export const listPeople = (query: string) =>
  invoke<Array<Person>>("list_people", { query });

export const addPerson = (input: PersonInput) =>
  invoke<Outcome<number>>("add_person", { input });

export const updatePerson = (id: number, input: PersonInput) =>
  invoke<Outcome<null>>("update_person", { id, input });

/** `conflict` while the person is still a member somewhere. */
export const deletePerson = (id: number) =>
  invoke<Outcome<null>>("delete_person", { id });

export const councilProfile = () =>
  invoke<CouncilProfile>("council_profile");

export const updateCouncil = (name: string, mandate: string) =>
  invoke<Outcome<null>>("update_council", { name, mandate });

export const addCounty = (name: string) =>
  invoke<Outcome<number>>("add_county", { name });

export const renameCounty = (id: number, name: string) =>
  invoke<Outcome<null>>("rename_county", { id, name });

export const deleteCounty = (id: number) =>
  invoke<Outcome<null>>("delete_county", { id });

/** That plan year's goals, in order. */
export const listGoals = (planId: number) =>
  invoke<Array<Goal>>("list_goals", { planId });

/** Last in that plan's list. */
export const addGoal = (planId: number, text: string) =>
  invoke<Outcome<number>>("add_goal", { planId, text });

export const updateGoal = (id: number, text: string) =>
  invoke<Outcome<null>>("update_goal", { id, text });

export const deleteGoal = (id: number) =>
  invoke<Outcome<null>>("delete_goal", { id });

/** `to_index` counts from 0. */
export const moveGoal = (id: number, toIndex: number) =>
  invoke<Outcome<null>>("move_goal", { id, toIndex });

export const undo = () =>
  invoke<Changes>("undo");

export const redo = () =>
  invoke<Changes>("redo");

/** Newest year first. */
export const listPlans = () =>
  invoke<Array<Plan>>("list_plans");

export const createPlan = (year: number) =>
  invoke<Outcome<number>>("create_plan", { year });

/** Red first. */
export const carryOverProposal = (fromYear: number) =>
  invoke<Array<CarryOverCandidate>>("carry_over_proposal", { fromYear });

export const createPlanFromPrevious = (year: number, fromYear: number, carry: Array<number>) =>
  invoke<Outcome<number>>("create_plan_from_previous", { year, fromYear, carry });

/** `adopted_on` is an ISO date. */
export const setPlanStatus = (planId: number, status: PlanStatus, adoptedOn: string | null) =>
  invoke<Outcome<null>>("set_plan_status", { planId, status, adoptedOn });

/** Live preview while typing a tidplan; reads nothing from the file. */
export const parseTidplan = (text: string, year: number) =>
  invoke<Schedule>("parse_tidplan", { text, year });

export const listFocusAreas = (planId: number) =>
  invoke<Array<FocusArea>>("list_focus_areas", { planId });

export const addFocusArea = (planId: number, name: string) =>
  invoke<Outcome<number>>("add_focus_area", { planId, name });

export const updateFocusArea = (id: number, name: string, description: string) =>
  invoke<Outcome<null>>("update_focus_area", { id, name, description });

export const moveFocusArea = (id: number, toIndex: number) =>
  invoke<Outcome<null>>("move_focus_area", { id, toIndex });

export const deferFocusArea = (id: number, toYear: number | null, note: string) =>
  invoke<Outcome<null>>("defer_focus_area", { id, toYear, note });

/** Refuse (`conflict` if it has activities), move them to another focus area of the plan (appended in order) or delete them; one undo step. */
export const deleteFocusArea = (id: number, activities: ActivitiesOnDelete) =>
  invoke<Outcome<null>>("delete_focus_area", { id, activities });

/** Plan order. */
export const listActivities = (planId: number, filter: ActivityFilter) =>
  invoke<Array<Activity>>("list_activities", { planId, filter });

/** These activities (ids a change named), in plan order; ids that are gone are left out. */
export const getActivities = (ids: Array<number>) =>
  invoke<Array<Activity>>("get_activities", { ids });

/** Ids passing the filter, in plan order; the find bar asks this per keypress. */
export const findActivities = (planId: number, filter: ActivityFilter) =>
  invoke<Array<number>>("find_activities", { planId, filter });

export const addActivity = (focusAreaId: number, input: ActivityInput) =>
  invoke<Outcome<number>>("add_activity", { focusAreaId, input });

export const updateActivity = (id: number, input: ActivityInput) =>
  invoke<Outcome<null>>("update_activity", { id, input });

export const setActivityPriority = (id: number, priority: Priority | null) =>
  invoke<Outcome<null>>("set_activity_priority", { id, priority });

export const setActivityStatus = (id: number, status: ActivityStatus) =>
  invoke<Outcome<null>>("set_activity_status", { id, status });

/** To any plan's focus area. */
export const moveActivity = (id: number, focusAreaId: number, toIndex: number) =>
  invoke<Outcome<null>>("move_activity", { id, focusAreaId, toIndex });

export const duplicateActivity = (id: number) =>
  invoke<Outcome<number>>("duplicate_activity", { id });

export const deleteActivity = (id: number) =>
  invoke<Outcome<null>>("delete_activity", { id });

/** A document as its files print it (the same model), for the preview drawn in the window: its first `lines` lines (all when null); the window asks for more as the reader scrolls. */
export const previewDocument = (request: DocumentRequest, lines: number | null) =>
  invoke<DocumentPreview>("preview_document", { request, lines });

export const prepareDocument = (request: DocumentRequest) =>
  invoke<null>("prepare_document", { request });

/** A working group's återrapport as of today: tasks done, late and not done, meetings held, her words. */
export const yearEndOfGroup = (workingGroupId: number) =>
  invoke<GroupYearEnd>("year_end_of_group", { workingGroupId });

/** Results and recommendations, and whether the group continues: one undo step. */
export const setYearEnd = (workingGroupId: number, input: YearEndInput) =>
  invoke<Outcome<null>>("set_year_end", { workingGroupId, input });

/** Native save dialog, then the document rendered; null when cancelled. */
export const exportPlanDialog = (planId: number, format: DocumentFormat) =>
  invoke<ExportedFile | null>("export_plan_dialog", { planId, format });

/** PDF or Word (`invalid` for another format); native save dialog; null when cancelled. */
export const exportWorkshopSummaryDialog = (workshopId: number, format: DocumentFormat) =>
  invoke<ExportedFile | null>("export_workshop_summary_dialog", { workshopId, format });

/** One PDF or Excel file (`format` pdf or xlsx) per group into a folder picked in a native dialog; null when cancelled. */
export const exportGroupSheetsDialog = (workshopId: number, format: DocumentFormat) =>
  invoke<Array<ExportedFile> | null>("export_group_sheets_dialog", { workshopId, format });

/** A working group's uppdragsbeskrivning, PDF or Word only; null when cancelled. */
export const exportMandateDialog = (workingGroupId: number, format: DocumentFormat) =>
  invoke<ExportedFile | null>("export_mandate_dialog", { workingGroupId, format });

/** The återrapport of `year` (the council's, or one working group's), PDF or Word only; null when cancelled. */
export const exportYearEndDialog = (year: number, workingGroupId: number | null, format: DocumentFormat) =>
  invoke<ExportedFile | null>("export_year_end_dialog", { year, workingGroupId, format });

/** "Skicka återrapporten": a group's återrapport as PDF, on record as sent, and its year-end reporting duty marked delivered today (undoable); null when cancelled. */
export const sendYearEndDialog = (year: number, workingGroupId: number) =>
  invoke<ExportedFile | null>("send_year_end_dialog", { year, workingGroupId });

/** Every document exported (from the window or the command line), newest first. */
export const reportRecords = () =>
  invoke<Array<ReportRecord>>("report_records");

/** "Kontrollera fil": native open dialog, then which record the file matches, or none; null when cancelled. */
export const verifyReportFile = () =>
  invoke<FileCheck | null>("verify_report_file");

/** The AU meeting a lägesrapport is for (the next one when null) and its draft, for the panel beside the preview (which `preview_document` builds). `meeting` null in the answer: no AU meeting ahead (offer to add one). */
export const statusReportHead = (meetingId: number | null) =>
  invoke<StatusReportHead>("status_report_head", { meetingId });

/** The whole lägesrapport model for an AU meeting (the next one when null), read now: what the preview's document is built from, with every change as data. */
export const statusReport = (meetingId: number | null) =>
  invoke<StatusReport>("status_report", { meetingId });

/** One edit of the report's draft (introduction, closing, a decision point); one undo step. */
export const editStatusReport = (meetingId: number, edit: DraftEdit) =>
  invoke<Outcome<null>>("edit_status_report", { meetingId, edit });

/** PDF or Word through a native save dialog, on record (not sent); null when cancelled. */
export const exportStatusReportDialog = (meetingId: number | null, format: DocumentFormat) =>
  invoke<ExportedFile | null>("export_status_report_dialog", { meetingId, format });

/** "Skicka till AU": the PDF through a native save dialog, on record as sent (never undone); the next report starts here. `invalid` without an AU meeting; null when cancelled. */
export const sendStatusReport = (meetingId: number) =>
  invoke<ExportedFile | null>("send_status_report", { meetingId });

/** Native open dialog (.docx, .xlsx, .csv); null when cancelled. */
export const chooseImportFile = () =>
  invoke<string | null>("choose_import_file");

/** Writes nothing: per row the colour seen and the priority it became, unused columns, bad lines. */
export const previewPlanImportFile = (planId: number, path: string) =>
  invoke<ImportPreview>("preview_plan_import_file", { planId, path });

/** `conflict` if the file changed since the preview; all or nothing, one undo step. */
export const importPlanFile = (planId: number, path: string, fingerprint: string, choices: ImportChoices | null) =>
  invoke<Outcome<ImportSummary>>("import_plan_file", { planId, path, fingerprint, choices });

/** A pasted table (tab-separated, as Word and Excel copy) with each cell's clipboard colour. */
export const previewPlanPaste = (planId: number, focusAreaId: number | null, text: string, colours: Array<Array<string>> | null) =>
  invoke<ImportPreview>("preview_plan_paste", { planId, focusAreaId, text, colours });

/** All or nothing, one undo step. */
export const importPlanPaste = (planId: number, focusAreaId: number | null, text: string, colours: Array<Array<string>> | null, choices: ImportChoices | null) =>
  invoke<Outcome<ImportSummary>>("import_plan_paste", { planId, focusAreaId, text, colours, choices });

/** The plan's workshops, by date (undated last). */
export const listWorkshops = (planId: number) =>
  invoke<Array<Workshop>>("list_workshops", { planId });

export const createWorkshop = (planId: number, input: WorkshopInput) =>
  invoke<Outcome<number>>("create_workshop", { planId, input });

export const updateWorkshop = (id: number, input: WorkshopInput) =>
  invoke<Outcome<null>>("update_workshop", { id, input });

/** With its groups, their assessments and its notes, one undo step. */
export const deleteWorkshop = (id: number) =>
  invoke<Outcome<null>>("delete_workshop", { id });

/** The groups in order, with members and the parties they come from. */
export const listWorkshopGroups = (workshopId: number) =>
  invoke<Array<WorkshopGroup>>("list_workshop_groups", { workshopId });

export const addWorkshopGroup = (workshopId: number, name: string) =>
  invoke<Outcome<number>>("add_workshop_group", { workshopId, name });

export const renameWorkshopGroup = (id: number, name: string) =>
  invoke<Outcome<null>>("rename_workshop_group", { id, name });

export const deleteWorkshopGroup = (id: number) =>
  invoke<Outcome<null>>("delete_workshop_group", { id });

/** A person of Register into the group; `conflict` when already in it. */
export const addWorkshopMember = (groupId: number, personId: number) =>
  invoke<Outcome<number>>("add_workshop_member", { groupId, personId });

export const removeWorkshopMember = (groupId: number, personId: number) =>
  invoke<Outcome<null>>("remove_workshop_member", { groupId, personId });

/** Every activity of the plan with each group's assessment, the proposal and disagreement. */
export const workshopSideBySide = (workshopId: number) =>
  invoke<SideBySide>("workshop_side_by_side", { workshopId });

/** The workshop groups' colours of every activity of a plan that has any, for its rows. */
export const planAdvice = (planId: number) =>
  invoke<Array<ActivityAdvice>>("plan_advice", { planId });

/** The same for one activity, after a group's colour was typed in the grid. */
export const activityAdvice = (activityId: number) =>
  invoke<Array<AssessmentOnRecord>>("activity_advice", { activityId });

/** A group's colour for an activity (null takes it away, keys 1/2/3/0); the row as it is now. */
export const setAssessmentColour = (groupId: number, activityId: number, colour: Priority | null) =>
  invoke<Outcome<SideBySideRow>>("set_assessment_colour", { groupId, activityId, colour });

export const setAssessmentNational = (groupId: number, activityId: number, raiseNational: boolean) =>
  invoke<Outcome<SideBySideRow>>("set_assessment_national", { groupId, activityId, raiseNational });

export const setAssessmentComment = (groupId: number, activityId: number, comment: string) =>
  invoke<Outcome<SideBySideRow>>("set_assessment_comment", { groupId, activityId, comment });

/** The proposal becomes the activity's decided priority in the plan. */
export const acceptWorkshopProposal = (workshopId: number, activityId: number) =>
  invoke<Outcome<Priority>>("accept_workshop_proposal", { workshopId, activityId });

/** Another colour (or none) than proposed, decided for the activity. */
export const decideWorkshopPriority = (workshopId: number, activityId: number, priority: Priority | null) =>
  invoke<Outcome<null>>("decide_workshop_priority", { workshopId, activityId, priority });

/** Every proposal without strong disagreement, one undo step; how many changed. */
export const acceptAllWorkshopProposals = (workshopId: number) =>
  invoke<Outcome<number>>("accept_all_workshop_proposals", { workshopId });

/** The workshop's categories (its own list) and its notes by category, kind and place. */
export const listWorkshopNotes = (workshopId: number) =>
  invoke<NoteBoard>("list_workshop_notes", { workshopId });

/** Last in its cell (category × kind). */
export const addWorkshopNote = (workshopId: number, input: NoteInput) =>
  invoke<Outcome<number>>("add_workshop_note", { workshopId, input });

export const editWorkshopNote = (id: number, text: string, groupId: number | null) =>
  invoke<Outcome<null>>("edit_workshop_note", { id, text, groupId });

/** The cell closes the gap; an activity made from the note stays. */
export const deleteWorkshopNote = (id: number) =>
  invoke<Outcome<null>>("delete_workshop_note", { id });

/** To a cell and a place in it (keyboard or drag). */
export const moveWorkshopNote = (id: number, category: string, kind: NoteKind, toIndex: number) =>
  invoke<Outcome<null>>("move_workshop_note", { id, category, kind, toIndex });

/** A new activity last in the focus area (of the workshop's plan), linked from the note. */
export const workshopNoteToActivity = (id: number, focusAreaId: number) =>
  invoke<Outcome<number>>("workshop_note_to_activity", { id, focusAreaId });

/** Last on the board, empty; `invalid` when the workshop has it already. */
export const addNoteCategory = (workshopId: number, name: string) =>
  invoke<Outcome<null>>("add_note_category", { workshopId, name });

/** Its notes move along, one undo step. */
export const renameNoteCategory = (workshopId: number, from: string, to: string) =>
  invoke<Outcome<null>>("rename_note_category", { workshopId, from, to });

/** Only an empty category, never the last (`conflict`, `invalid`). */
export const removeNoteCategory = (workshopId: number, name: string) =>
  invoke<Outcome<null>>("remove_note_category", { workshopId, name });

/** Writes nothing: where each note of a pasted table or list goes, and what was not understood. */
export const previewNotesPaste = (workshopId: number, text: string) =>
  invoke<PastePreview>("preview_notes_paste", { workshopId, text });

/** Every note of the paste, one undo step; how many. */
export const pasteWorkshopNotes = (workshopId: number, text: string) =>
  invoke<Outcome<number>>("paste_workshop_notes", { workshopId, text });

/** Last good backup, last failure, warning (`failed`, `stale`), second folder, thinning rule. */
export const backupStatus = () =>
  invoke<BackupStatus>("backup_status");

/** The open file's backups, newest first. */
export const listBackups = () =>
  invoke<Array<BackupInfo>>("list_backups");

/** A verified backup now; `io` with a Swedish message when it fails. */
export const backupNow = () =>
  invoke<BackupStatus>("backup_now");

/** Problems in Swedish, and the newest good backup when not ok. */
export const checkFile = () =>
  invoke<HealthReport>("check_file");

/** The backup copied beside the open file as "NAMN (återställd DATUM TID).radsplan", opened. */
export const restoreBackupAsNewFile = (path: string) =>
  invoke<AppStatus>("restore_backup_as_new_file", { path });

/** The open file backed up first, then replaced (the window confirms first). */
export const restoreBackupReplacing = (path: string) =>
  invoke<AppStatus>("restore_backup_replacing", { path });

/** The file that was damaged at opening: its newest good backup put in its place and opened; the damaged file kept beside it as "NAMN (skadad DATUM TID).radsplan". */
export const restoreDamagedFile = () =>
  invoke<AppStatus>("restore_damaged_file");

/** "Inte nu" to that offer; the damaged file is left as it is. */
export const dismissDamagedFile = () =>
  invoke<AppStatus>("dismiss_damaged_file");

/** Native folder dialog; unchanged when cancelled. */
export const chooseSecondBackupFolder = () =>
  invoke<BackupStatus>("choose_second_backup_folder");

export const clearSecondBackupFolder = () =>
  invoke<BackupStatus>("clear_second_backup_folder");

/** The plan's activities by focus area, priority and status; what needs attention and the next AU meeting, seen on `today` (an ISO date from the window's clock). */
export const getOverview = (planId: number, today: string) =>
  invoke<Overview>("get_overview", { planId, today });

/** The plan's groups with member count, conveners and the parties missing. */
export const listWorkingGroups = (planId: number) =>
  invoke<Array<WorkingGroupSummary>>("list_working_groups", { planId });

/** One group with its mandate, members, tasks (tidplan anchored to its meetings), meetings, duties. */
export const getWorkingGroup = (id: number) =>
  invoke<WorkingGroup>("get_working_group", { id });

export const addWorkingGroup = (planId: number, input: WorkingGroupInput) =>
  invoke<Outcome<number>>("add_working_group", { planId, input });

export const updateWorkingGroup = (id: number, input: WorkingGroupInput) =>
  invoke<Outcome<null>>("update_working_group", { id, input });

/** Its mandate, members, tasks, meetings and duties go with it; one undo step. */
export const deleteWorkingGroup = (id: number) =>
  invoke<Outcome<null>>("delete_working_group", { id });

/** "Etablera arbetsgrupp": a proposed group named after the activity, linked to it. */
export const establishWorkingGroup = (activityId: number) =>
  invoke<Outcome<number>>("establish_working_group", { activityId });

/** The mandate's sections; one undo step per save. */
export const updateMandate = (workingGroupId: number, input: MandateInput) =>
  invoke<Outcome<null>>("update_mandate", { workingGroupId, input });

/** A person from Register, last among the members; `conflict` if already a member. */
export const addGroupMember = (workingGroupId: number, input: MemberInput) =>
  invoke<Outcome<number>>("add_group_member", { workingGroupId, input });

export const updateGroupMember = (membershipId: number, role: MemberRole, representing: string) =>
  invoke<Outcome<null>>("update_group_member", { membershipId, role, representing });

/** `conflict` for the last member of an active group. */
export const removeGroupMember = (membershipId: number) =>
  invoke<Outcome<null>>("remove_group_member", { membershipId });

/** A group's or the AU's meeting; `invalid` for an end before the start or a time taken. */
export const addMeeting = (owner: MeetingOwner, input: MeetingInput) =>
  invoke<Outcome<number>>("add_meeting", { owner, input });

/** Tasks anchored to the meeting follow its new date. */
export const updateMeeting = (id: number, input: MeetingInput) =>
  invoke<Outcome<null>>("update_meeting", { id, input });

export const deleteMeeting = (id: number) =>
  invoke<Outcome<null>>("delete_meeting", { id });

/** Last in the group's task table; the tidplan is read in the plan's year. */
export const addGroupTask = (workingGroupId: number, input: TaskInput) =>
  invoke<Outcome<number>>("add_group_task", { workingGroupId, input });

export const updateGroupTask = (id: number, input: TaskInput) =>
  invoke<Outcome<null>>("update_group_task", { id, input });

export const deleteGroupTask = (id: number) =>
  invoke<Outcome<null>>("delete_group_task", { id });

/** Continuous reporting or the återrapport; `invalid` for an AU meeting on an återrapport. */
export const addReportDuty = (workingGroupId: number, input: ReportDutyInput) =>
  invoke<Outcome<number>>("add_report_duty", { workingGroupId, input });

/** Its due and delivered days, and the AU meetings continuous reporting goes to. */
export const updateReportDuty = (id: number, input: ReportDutyInput) =>
  invoke<Outcome<null>>("update_report_duty", { id, input });

/** Tasks and reporting duties of the plan's groups, by due day, with their state on `today` (an ISO date from the window's clock). */
export const listDeadlines = (planId: number, today: string, filter: DeadlineFilter) =>
  invoke<Array<Deadline>>("list_deadlines", { planId, today, filter });

/** Everyone in the plan's groups, once, by name: whom the deadlines can be narrowed to. */
export const listPlanMembers = (planId: number) =>
  invoke<Array<PlanMember>>("list_plan_members", { planId });

/** The AU and its meetings in `year` (undated ones too); null if the file has no AU. */
export const getCommittee = (year: number) =>
  invoke<Committee | null>("get_committee", { year });

/** Tidslinje: the plan year in ISO weeks, its marks and bars seen on `today` (an ISO date from the window's clock), and the tidplans not understood. */
export const getTimeline = (planId: number, today: string) =>
  invoke<Timeline>("get_timeline", { planId, today });

/** "Skriv ut / Exportera …": native save dialog; the year seen on `today`, lanes under focus areas or working groups, as a PDF to print on A4 or A3 `paper` (landscape) or one PNG picture for a slide (paper unused); null when cancelled. */
export const exportTimelineDialog = (planId: number, today: string, byWorkingGroup: boolean, format: TimelineFormat, paper: Paper) =>
  invoke<ExportedFile | null>("export_timeline_dialog", { planId, today, byWorkingGroup, format, paper });

/** A group's meetings and deadlines, or (null) every group's and the AU's, as an .ics file. */
export const exportCalendarDialog = (workingGroupId: number | null) =>
  invoke<ExportedCalendar | null>("export_calendar_dialog", { workingGroupId });

/** The same events as a list, month by month, as a PDF (Rapporter); null when cancelled. */
export const exportCalendarListDialog = (workingGroupId: number | null) =>
  invoke<ExportedFile | null>("export_calendar_list_dialog", { workingGroupId });

/** "Importera uppdragsbeskrivning…": native open dialog (.docx); null when cancelled. */
export const chooseMandateFile = () =>
  invoke<string | null>("choose_mandate_file");

/** Writes nothing: sections, tasks (tidplan anchored to the meetings), members (in Register or new), meetings, problems. */
export const previewMandateImport = (planId: number, path: string) =>
  invoke<MandatePreview>("preview_mandate_import", { planId, path });

/** A new group with mandate, members, meetings and tasks; one undo step, all or nothing; `conflict` if the file changed. */
export const importMandate = (planId: number, path: string, fingerprint: string, choices: MandateImportChoices) =>
  invoke<Outcome<MandateImportSummary>>("import_mandate", { planId, path, fingerprint, choices });

/** "Läs in gruppblad…": native open dialog (.xlsx); null when cancelled. */
export const chooseGroupSheetFile = () =>
  invoke<string | null>("choose_group_sheet_file");

/** Writes nothing: the group the sheet is for (`group_id` null: the one it names), every row and problem. */
export const previewGroupSheetImport = (workshopId: number, groupId: number | null, path: string) =>
  invoke<SheetImportPreview>("preview_group_sheet_import", { workshopId, groupId, path });

/** The group's colours, national flags and comments from the sheet; one undo step, all or nothing; `conflict` if the file changed. The number of activities changed. */
export const importGroupSheet = (workshopId: number, groupId: number | null, path: string, fingerprint: string) =>
  invoke<Outcome<number>>("import_group_sheet", { workshopId, groupId, path, fingerprint });
