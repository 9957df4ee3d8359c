// Dates as the secretary reads them: "4 feb 2022" (Swedish style; English months in English).
import type { Language } from "./bindings";

const MONTHS: Record<Language, string[]> = {
  sv: ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
};

/** "2022-02-04" → "4 feb 2022"; anything else is shown as it came. */
export function formatDate(iso: string, language: Language): string {
  const m = iso.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[language][Number(m[2]) - 1]} ${m[1]}`;
}

/** Today as an ISO date, in local time. */
export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}
