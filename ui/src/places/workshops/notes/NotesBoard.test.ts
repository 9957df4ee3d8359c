// The notes board against the real core: typing notes fast (Enter keeps the box), moving one by
// Alt+arrow and by dragging (announced), removing it (focus to the neighbour), Ctrl+Z; pasting
// seed 001's table through its preview; a note made into an activity whose link opens the plan.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import App from "../../../App.svelte";
import type { Activity, NoteBoard, Plan, Workshop } from "../../../lib/bindings";
import { withoutSoftHyphens } from "../../../lib/hyphenate";
import { realCore, type RealCore } from "../../../test/harness";

/** The example council's workshop (seed 003's three groups). */
async function exampleWorkshop(core: RealCore): Promise<Workshop> {
  const plans = await core.invoke<Plan[]>("list_plans");
  const workshops = await core.invoke<Workshop[]>("list_workshops", { planId: plans[0]!.id });
  return workshops[0]!;
}

async function openBoard() {
  render(App);
  const user = userEvent.setup();
  await user.click(await screen.findByTestId("nav-workshops"));
  await user.click(await screen.findByTestId("workshop-tab-notes"));
  await screen.findAllByTestId("note-row");
  return user;
}

const cell = (category: string, kind: string) =>
  document.querySelector<HTMLElement>(`[data-testid="note-cell"][data-category="${category}"][data-kind="${kind}"]`)!;
const texts = (el: HTMLElement) =>
  within(el).queryAllByTestId("note-text").map((b) => withoutSoftHyphens(b.textContent ?? ""));
const said = () => screen.getByTestId("notes-said").textContent;

describe("the notes board", () => {
  test("Enter adds and keeps the box; Alt+→ moves a note, said aloud; Delete moves focus on; Ctrl+Z undoes", async () => {
    const core = await realCore();
    const workshop = await exampleWorkshop(core);
    const user = await openBoard();
    expect(screen.getAllByTestId("note-row").map((r) => withoutSoftHyphens(within(r).getByTestId("note-category").querySelector(".name")?.textContent ?? "")))
      .toEqual(["Styrning", "Planering", "Kultur/ledarskap", "Struktur"]);

    const box = within(cell("Styrning", "opportunity")).getByTestId("note-new");
    await user.click(box);
    await user.type(box, "Gemensam styrning{Enter}");
    await waitFor(() => expect(texts(cell("Styrning", "opportunity"))).toEqual(["Gemensam styrning"]));
    expect(document.activeElement).toBe(box);
    await user.type(box, "<script>alert(1)</script>{Enter}");
    await waitFor(() => expect(texts(cell("Styrning", "opportunity"))).toEqual(["Gemensam styrning", "<script>alert(1)</script>"]));
    expect(document.activeElement).toBe(box);
    expect((box as HTMLInputElement).value).toBe("");

    // Alt+→: to Hinder, last there; focus follows the note, the move is said.
    within(cell("Styrning", "opportunity")).getAllByTestId("note-text")[0]!.focus();
    await user.keyboard("{Alt>}{ArrowRight}{/Alt}");
    await waitFor(() => expect(texts(cell("Styrning", "obstacle"))).toEqual(["Gemensam styrning"]));
    expect(texts(cell("Styrning", "opportunity"))).toEqual(["<script>alert(1)</script>"]);
    await waitFor(() => expect(document.activeElement).toBe(within(cell("Styrning", "obstacle")).getByTestId("note-text")));
    await waitFor(() => expect(said()).toBe("”Gemensam styrning” flyttad till Styrning, hinder, plats 1 av 1."));
    // Alt+↓ from the bottom of the cell: to the category below, first.
    await user.keyboard("{Alt>}{ArrowDown}{/Alt}");
    await waitFor(() => expect(texts(cell("Planering", "obstacle"))).toEqual(["Gemensam styrning"]));
    await waitFor(() => expect(said()).toBe("”Gemensam styrning” flyttad till Planering, hinder, plats 1 av 1."));

    // Ctrl+Z on the note (not a text box): the app's undo, the move taken back.
    await user.keyboard("{Control>}z{/Control}");
    await waitFor(() => expect(texts(cell("Styrning", "obstacle"))).toEqual(["Gemensam styrning"]));
    // The note was drawn anew in its old cell; the keyboard is still on it.
    await waitFor(() => expect(document.activeElement).toBe(within(cell("Styrning", "obstacle")).getByTestId("note-text")));

    // Delete: gone, focus on the note that took its place (here the cell's box, none left).
    const board = async () => (await core.invoke<NoteBoard>("list_workshop_notes", { workshopId: workshop.id })).notes;
    expect((await board()).map((n) => [n.category, n.kind, n.text])).toEqual([
      ["Styrning", "opportunity", "<script>alert(1)</script>"],
      ["Styrning", "obstacle", "Gemensam styrning"],
    ]);
    within(cell("Styrning", "obstacle")).getByTestId("note-text").focus();
    await user.keyboard("{Delete}");
    await waitFor(() => expect(texts(cell("Styrning", "obstacle"))).toEqual([]));
    await waitFor(() => expect(document.activeElement).toBe(within(cell("Styrning", "obstacle")).getByTestId("note-new")));
    await waitFor(() => expect(said()).toContain("”Gemensam styrning” borttagen."));
    // Ctrl+Z in the empty box is the app's undo too.
    await user.keyboard("{Control>}z{/Control}");
    await waitFor(() => expect(texts(cell("Styrning", "obstacle"))).toEqual(["Gemensam styrning"]));
    expect((await board()).length).toBe(2);

    // Edit in place: Enter on the note opens it, Enter saves.
    within(cell("Styrning", "obstacle")).getByTestId("note-text").focus();
    await user.keyboard("{Enter}");
    const edit = await screen.findByTestId("note-edit");
    await user.clear(edit);
    await user.type(edit, "Gemensam styrning mellan planerna{Enter}");
    await waitFor(() => expect(texts(cell("Styrning", "obstacle"))).toEqual(["Gemensam styrning mellan planerna"]));
    await waitFor(() => expect(document.activeElement).toBe(within(cell("Styrning", "obstacle")).getByTestId("note-text")));

    // Dragged onto another cell: moved there.
    const dragged = (await board()).find((n) => n.kind === "opportunity")!;
    const data = { types: ["application/x-radsplan-note"], getData: () => String(dragged.id), setData: () => undefined };
    await fireEvent.dragOver(cell("Struktur", "measure"), { dataTransfer: data });
    await fireEvent.drop(cell("Struktur", "measure"), { dataTransfer: data });
    await waitFor(() => expect(texts(cell("Struktur", "measure"))).toEqual(["<script>alert(1)</script>"]));

    // A category of the workshop's own, empty, stays on the board.
    await user.type(screen.getByTestId("new-note-category"), "Ekonomi{Enter}");
    await waitFor(() => expect(screen.getAllByTestId("note-row")).toHaveLength(5));
    expect((await core.invoke<NoteBoard>("list_workshop_notes", { workshopId: workshop.id })).categories.at(-1)).toBe("Ekonomi");

    // Renamed in place, its notes along; the empty one removed.
    const names = () => screen.getAllByTestId("note-row").map((r) =>
      withoutSoftHyphens(within(r).getByTestId("note-category").querySelector(".name")?.textContent ?? ""));
    await user.click(within(screen.getAllByTestId("note-row")[3]!).getByTestId("category-rename"));
    const name = await screen.findByTestId("category-name");
    await user.clear(name);
    await user.type(name, "Organisation{Enter}");
    await waitFor(() => expect(names()).toEqual(["Styrning", "Planering", "Kultur/ledarskap", "Organisation", "Ekonomi"]));
    await waitFor(() => expect(document.activeElement).toBe(within(screen.getAllByTestId("note-row")[3]!).getByTestId("category-rename")));
    expect(texts(cell("Organisation", "measure"))).toEqual(["<script>alert(1)</script>"]);
    expect(within(screen.getAllByTestId("note-row")[3]!).queryByTestId("category-remove")).toBeNull();
    await user.click(within(screen.getAllByTestId("note-row")[4]!).getByTestId("category-remove"));
    await waitFor(() => expect(names()).toEqual(["Styrning", "Planering", "Kultur/ledarskap", "Organisation"]));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId("new-note-category")));
  });

  test("seed 001's table is pasted through a preview; a note becomes an activity and its link opens the plan row", async () => {
    const core = await realCore();
    const workshop = await exampleWorkshop(core);
    const user = await openBoard();
    await user.click(screen.getByTestId("notes-paste"));
    const area = await screen.findByTestId("notes-paste-text");
    expect(document.activeElement).toBe(area);
    await user.paste(
      "Umeå, 17 november 2017\t\t\t\n" +
      "Styrning\t\tPlanering\t\n" +
      "Möjligheter\tHinder\tMöjligheter\tHinder\n" +
      "Regionbildning av universiteten i norr\tKonkurrerande univeristet\tDigital kommunikation\tBristande samsyn på uppdraget och olika behov\n" +
      "\tJuridiska hinder för praktisk samverkan\t\tIngen synkronisering i verksamhetsplaneringen\n",
    );
    await waitFor(() => expect(screen.getAllByTestId("notes-paste-row")).toHaveLength(6));
    expect(screen.getAllByTestId("notes-paste-row").map((r) => r.textContent)).toContain(
      "StyrninghinderJuridiska hinder för praktisk samverkan",
    );
    expect(screen.getByTestId("notes-paste-problem").textContent).toContain("Rad 1: Umeå, 17 november 2017");
    expect((await core.invoke<NoteBoard>("list_workshop_notes", { workshopId: workshop.id })).notes).toHaveLength(0);
    await user.click(screen.getByTestId("notes-paste-confirm"));
    await waitFor(() => expect(screen.queryByTestId("notes-paste-dialog")).toBeNull());
    await waitFor(() => expect(texts(cell("Planering", "obstacle"))).toEqual([
      "Bristande samsyn på uppdraget och olika behov", "Ingen synkronisering i verksamhetsplaneringen",
    ]));
    expect(screen.getByTestId("undo").getAttribute("title")).toContain("Klistra in 6 anteckningar");

    // "Gör till aktivitet …" in the plan's second focus area.
    const note = within(cell("Styrning", "opportunity")).getByTestId("note");
    await user.click(within(note).getByTestId("note-to-activity"));
    const select = (await screen.findByTestId("note-focus-area")) as HTMLSelectElement;
    await user.selectOptions(select, select.options[1]!);
    await user.click(screen.getByTestId("note-create-activity"));
    const link = await within(cell("Styrning", "opportunity")).findByTestId("note-activity-link");
    expect(link.textContent?.replace(/\s+/g, " ").trim()).toBe("Blev aktivitet: Regionbildning av universiteten i norr");
    const made = (await core.invoke<NoteBoard>("list_workshop_notes", { workshopId: workshop.id }))
      .notes.find((n) => n.activityId !== null)!;
    const [activity] = await core.invoke<Activity[]>("get_activities", { ids: [made.activityId] });
    expect(activity!.title).toBe("Regionbildning av universiteten i norr");

    await user.click(link);
    await waitFor(() => {
      const row = document.querySelector(`[data-testid="activity-row"][data-activity-id="${made.activityId}"]`);
      expect(row).not.toBeNull();
      expect(document.activeElement).toBe(row!.querySelector('td[data-col="title"]'));
    });
  });
});
