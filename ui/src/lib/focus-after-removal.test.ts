import { describe, expect, it } from "vitest";
import { focusAfterRemoval } from "./focus-after-removal";

function table(...names: string[]): { rows: HTMLElement[]; add: HTMLButtonElement } {
  document.body.innerHTML = `<button id="add">Lägg till</button><table><tbody>${
    names.map((n) => `<tr tabindex="0" data-name="${n}"><td>${n}</td></tr>`).join("")}</tbody></table>`;
  return {
    rows: [...document.querySelectorAll<HTMLElement>("tr")],
    add: document.querySelector<HTMLButtonElement>("#add")!,
  };
}

const focusedName = () => (document.activeElement as HTMLElement | null)?.dataset.name ?? document.activeElement?.id;

describe("focusAfterRemoval", () => {
  it("focuses the row that took the removed row's place", () => {
    const { rows, add } = table("Anna", "Bo", "Cia");
    const refocus = focusAfterRemoval(rows[1], () => add);
    rows[1]!.remove();
    refocus();
    expect(focusedName()).toBe("Cia");
  });

  it("focuses the row above when the last row goes", () => {
    const { rows, add } = table("Anna", "Bo");
    const refocus = focusAfterRemoval(rows[1], () => add);
    rows[1]!.remove();
    refocus();
    expect(focusedName()).toBe("Anna");
  });

  it("falls back when the only row goes, or the neighbour went too", () => {
    const { rows, add } = table("Anna", "Bo");
    const refocus = focusAfterRemoval(rows[0], () => add);
    rows[0]!.remove();
    rows[1]!.remove();
    refocus();
    expect(focusedName()).toBe("add");
  });
});

describe("focusAfterRemoval inside a neighbour", () => {
  it("focuses what `inside` picks in the neighbour", () => {
    document.body.innerHTML = `<input id="fallback"><div>
      <section id="a"><button id="edit-a">Byt namn</button></section>
      <section id="b"><button id="edit-b">Byt namn</button></section></div>`;
    const a = document.querySelector<HTMLElement>("#a")!;
    const refocus = focusAfterRemoval(a, () => document.querySelector<HTMLElement>("#fallback"),
      (section) => section.querySelector("button"));
    a.remove();
    refocus();
    expect(document.activeElement?.id).toBe("edit-b");
  });
});
