// Swedish is the app's first language, one file per part in sv/; en.ts must provide every key (type Messages).
import { welcome } from "./sv/welcome";
import { shell } from "./sv/shell";
import { common } from "./sv/common";
import { party } from "./sv/party";
import { register } from "./sv/register";
import { personForm } from "./sv/personForm";
import { organisationForm } from "./sv/organisationForm";
import { confirm } from "./sv/confirm";
import { settings } from "./sv/settings";
import { plan } from "./sv/plan";
import { workshops } from "./sv/workshops";
import { notes } from "./sv/notes";
import { backups } from "./sv/backups";
import { errors } from "./sv/errors";
// Arbetsgrupper.
import { groups } from "./sv/groups";
import { mandateImport } from "./sv/mandateImport";
import { sheetImport } from "./sv/sheetImport";
// Översikt.
import { overview } from "./sv/overview";
// Rapporter.
import { reports } from "./sv/reports";
// Tidslinje.
import { timeline } from "./sv/timeline";

export const sv = {
  appName: "Rådsplan",
  loading: "Läser in …",
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

export type Messages = typeof sv;
