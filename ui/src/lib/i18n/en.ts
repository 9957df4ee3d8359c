// English, the second language: every key of sv.ts (type Messages), one file per part in en/.
import { welcome } from "./en/welcome";
import { shell } from "./en/shell";
import { common } from "./en/common";
import { party } from "./en/party";
import { register } from "./en/register";
import { personForm } from "./en/personForm";
import { organisationForm } from "./en/organisationForm";
import { confirm } from "./en/confirm";
import { settings } from "./en/settings";
import { plan } from "./en/plan";
import { workshops } from "./en/workshops";
import { notes } from "./en/notes";
import { backups } from "./en/backups";
import { errors } from "./en/errors";
// Arbetsgrupper.
import { groups } from "./en/groups";
import { mandateImport } from "./en/mandateImport";
import { sheetImport } from "./en/sheetImport";
// Översikt.
import { overview } from "./en/overview";
// Rapporter.
import { reports } from "./en/reports";
// Tidslinje.
import { timeline } from "./en/timeline";
import type { Messages } from "./sv";

export const en: Messages = {
  appName: "Rådsplan",
  loading: "Loading …",
  welcome,
  shell,
  common,
  party,
  register,
  personForm,
  organisationForm,
  confirm,
  settings,
  plan,
  workshops,
  notes,
  backups,
  languages: { sv: "Svenska", en: "English" },
  errors,
  // Arbetsgrupper.
  groups,
  mandateImport,
  sheetImport,
  // Översikt.
  overview,
  // Rapporter.
  reports,
  // Tidslinje.
  timeline,
};
