// A small stand-in for core's tidplan parser, enough for the preview and the tests: a handful of
// the forms in shared/domain.md. Core's parser is the real one; this only has to look plausible.
import type { NotUnderstood, Schedule, ScheduleItem } from "../bindings";

const MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
  "oktober", "november", "december"];
const SHORT = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
const pad = (n: number) => String(n).padStart(2, "0");
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function isoWeek(y: number, m: number, d: number): number {
  const date = new Date(Date.UTC(y, m - 1, d));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday); // the Thursday of the same week
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  return Math.ceil(((date.getTime() - yearStart) / 86400000 + 1) / 7);
}

const day = (y: number, m: number, d: number) => `${d} ${SHORT[m - 1]} ${y}`;
const month = (word: string) => MONTHS.findIndex((m) => m.startsWith(word.toLowerCase().slice(0, 3))) + 1;

type Parsed = { item: ScheduleItem } | { reason: string };

function item(kind: ScheduleItem["kind"], text: string, start: string | null, end: string | null,
  shown: string, approximate = false, label: string | null = null): Parsed {
  return { item: { kind, start, end, approximate, label, meetingAnchor: false, text, shown } };
}

function single(text: string, year: number): Parsed {
  const t = text.trim();
  let m: RegExpMatchArray | null;
  const date = (y: number, mo: number, d: number, label: string | null = null): Parsed => {
    if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) return { reason: `${d} ${MONTHS[mo - 1] ?? "?"} finns inte` };
    return item("date", t, iso(y, mo, d), iso(y, mo, d), `${day(y, mo, d)} (v. ${isoWeek(y, mo, d)})`, false, label);
  };
  if ((m = t.match(/^(\d{1,2})\/(\d{1,2})$/))) return date(year, Number(m[2]), Number(m[1]));
  if ((m = t.match(/^(\d{4})-(\d{2})-(\d{2})$/))) return date(Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = t.match(/^(.*?)\s*(\d{1,2}) ([a-zåäö]+)$/i)) && month(m[3]!) > 0) {
    return date(year, month(m[3]!), Number(m[2]), m[1] ? m[1] : null);
  }
  if ((m = t.match(/^v(?:\.|ecka)\s*(\d{1,2})$/i))) return item("week", t, null, null, `v. ${m[1]} ${year}`, true);
  if (/^löpande$/i.test(t) || /^\d{4}-$/.test(t)) return item("ongoing", t, null, null, "löpande", true);
  if ((m = t.match(/^(HT|VT)\s*(\d{2,4})$/i))) {
    const y = Number(m[2]!.length === 2 ? `20${m[2]}` : m[2]);
    return m[1]!.toUpperCase() === "HT"
      ? item("term", t, iso(y, 8, 1), iso(y, 12, 31), `HT ${y} (ca 1 aug – 31 dec ${y})`, true)
      : item("term", t, iso(y, 1, 1), iso(y, 6, 30), `VT ${y} (ca 1 jan – 30 jun ${y})`, true);
  }
  if ((m = t.match(/^(slutet|början|mitten) av ([a-zåäö]+)$/i)) && month(m[2]!) > 0) {
    const mo = month(m[2]!);
    const [a, b] = m[1]!.toLowerCase() === "början" ? [1, 10] : m[1]!.toLowerCase() === "mitten" ? [11, 20] : [21, daysIn(year, mo)];
    return item("month", t, iso(year, mo, a), iso(year, mo, b), `ca ${a}–${b} ${SHORT[mo - 1]} ${year}`, true);
  }
  if ((m = t.match(/^(.+?)\s*[-–]\s*(.+)$/))) {
    const [from, to] = [m[1]!.trim(), m[2]!.trim()];
    const dm = /^(\d{1,2})\/(\d{1,2})$/;
    const f = from.match(dm), g = to.match(dm);
    if (f && g) {
      const a = single(from, year), b = single(to, year);
      if ("reason" in a) return a;
      if ("reason" in b) return b;
      return item("period", t, a.item.start, b.item.end,
        `${day(year, Number(f[2]), Number(f[1]))} – ${day(year, Number(g[2]), Number(g[1]))}`);
    }
    if (month(from) > 0 && month(to) > 0 && /^[a-zåäö]+$/i.test(from) && /^[a-zåäö]+$/i.test(to)) {
      const a = month(from), b = month(to);
      return item("period", t, iso(year, a, 1), iso(year, b, daysIn(year, b)),
        `ca 1 ${SHORT[a - 1]} ${year} – ${daysIn(year, b)} ${SHORT[b - 1]} ${year}`, true);
    }
  }
  return { reason: "kunde inte tolkas som ett datum" };
}

export function fakeSchedule(text: string, year: number): Schedule {
  const items: ScheduleItem[] = [];
  const notUnderstood: NotUnderstood[] = [];
  if (text.trim() === "") return { text, items, notUnderstood };
  for (const part of text.split(/\s+och\s+|,\s*/)) {
    if (part.trim() === "") continue;
    const parsed = single(part, year);
    if ("item" in parsed) items.push(parsed.item);
    else notUnderstood.push({ text: part.trim(), reason: parsed.reason });
  }
  return { text, items, notUnderstood };
}
