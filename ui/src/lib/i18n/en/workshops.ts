import type { Messages } from "../sv";

export const workshops: Messages["workshops"] = {
  title: "Workshops",
  intro:
    "The groups colour the plan's activities. Here you see their colours side by side with a " +
    "proposal, and decide the colour in the plan.",
  year: "Plan year",
  choose: "Workshop",
  none: "No workshops for this plan year yet. Create one to let the groups assess the plan.",
  noPlan: "There is no activity plan to assess. Create one under Activity plan first.",
  newWorkshop: "+ New workshop …",
  newTitle: "New workshop",
  editTitle: "Edit workshop",
  edit: "Edit …",
  remove: "Delete …",
  name: "Name",
  date: "Date",
  dateHint: "Year-month-day, for example 2022-03-15. May be left empty.",
  place: "Place",
  create: "Create",
  save: "Save",
  held: (date: string | null, place: string) =>
    [date ? `Held ${date}` : "No date set", place ? `in ${place}` : ""].filter(Boolean).join(" "),
  deleteTitle: (name: string) => `Delete the workshop “${name}”?`,
  deleteMessage:
    "Its groups, their assessments and the workshop's notes go with it. Colours already decided in " +
    "the plan stay. You can undo with Ctrl+Z.",
  deleteConfirm: "Delete the workshop",
  groupsTitle: "Groups",
  noGroups: "No groups yet. Add the groups that will assess the plan.",
  groupName: "New group's name",
  groupNamePlaceholder: "Grupp Hans",
  addGroup: "Add group",
  members: "Members",
  noMembers: "No members yet.",
  addMember: "Add",
  choosePerson: (group: string) => `Add a member to ${group}`,
  choosePersonEmpty: "Choose from the register …",
  removeMember: (name: string, group: string) => `Remove ${name} from ${group}`,
  parties: "Parties",
  noParties: "No party yet",
  removeGroup: (group: string) => `Delete ${group} …`,
  deleteGroupTitle: (name: string) => `Delete the group “${name}”?`,
  deleteGroupMessage: "The group's members and assessments go with it. You can undo with Ctrl+Z.",
  deleteGroupConfirm: "Delete the group",
  gridTitle: "Assessments side by side",
  gridHelp:
    "Move between cells with the arrow keys. In a group's column: 1 green, 2 yellow, 3 red, 0 removes " +
    "the colour (the cursor then moves down a row), N raises to national level, Enter writes a " +
    "comment. In the Decision column: Enter accepts the proposal, 1, 2 and 3 choose another colour, 0 " +
    "removes the decision.",
  noGroupsForGrid: "Add a group to start assessing.",
  noActivities: "The plan has no activities to assess.",
  colActivity: "Activity",
  colProposal: "Proposal",
  colNational: "National level",
  colDecided: "Decision in the plan",
  noColour: "no colour",
  national: "national",
  comment: "comment",
  strong: "Strong disagreement",
  mild: "Some disagreement",
  noProposal: "no proposal",
  nationalCount: (yes: number, of: number) => `${yes} of ${of}`,
  nationalProposed: "proposed",
  acceptAll: "Accept all proposals without strong disagreement",
  acceptedAll: (n: number) =>
    n === 0 ? "No decision changed." : n === 1 ? "1 decision changed." : `${n} decisions changed.`,
  cellLabel: (group: string, title: string, words: string) => `${group} on ${title}: ${words}`,
  decidedLabel: (title: string, words: string) => `Decision for ${title}: ${words}`,
  commentTitle: (group: string) => `Comment from ${group}`,
  commentLabel: "Comment",
};
