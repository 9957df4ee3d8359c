// Who answers for a task, as the mandate says it: "Anna A och Bo B", then the words ("Alla").
// The same words as core's `responsible_words` (the documents, the deadlines).
import type { Task } from "../../lib/bindings";
import { t } from "../../lib/i18n/index.svelte";

export function responsibleWords(task: Pick<Task, "responsible" | "responsibleText">): string {
  const names = task.responsible.map((r) => r.name);
  const named =
    names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} ${t().groups.and} ${names[names.length - 1]}`;
  const words = task.responsibleText.trim();
  if (words === "") return named;
  return named === "" ? words : `${named}, ${words}`;
}
