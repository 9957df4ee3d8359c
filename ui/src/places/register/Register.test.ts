import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import App from "../../App.svelte";
import type { CouncilProfile, Person } from "../../lib/bindings";
import { realCore, names, renderOpenApp } from "../../test/harness";
import { addPerson, listOrganisations, listPeople, shownText } from "../../test/core-helpers";

const person = (id: number, name: string): Person => ({
  id, name, title: "", organisationId: null, organisationName: null, partyKind: null, email: "", phone: "",
});

describe("Register, people", () => {
  test("shows people in the order core returns them, without re-sorting", async () => {
    // Core sorts Swedish-style (Å, Ä, Ö last); a UI that sorted by code points would break that.
    const order = [person(1, "Östen"), person(2, "Adam"), person(3, "Åsa")];
    await realCore({ override: (cmd) => (cmd === "list_people" ? order : undefined) });
    await renderOpenApp();
    expect(names()).toEqual(["Östen", "Adam", "Åsa"]);
  });

  test("shows party as a word and organisation name in each row", async () => {
    const core = await realCore();
    // Someone of a municipality in the example council.
    const member = (await listPeople(core)).find((p) => p.partyKind === "kommun" && p.organisationName)!;
    await renderOpenApp();
    const row = screen.getAllByTestId("person-row").find((r) => shownText(r).includes(member.name));
    expect(row).toBeDefined();
    expect(shownText(row!)).toContain(member.organisationName!);
    expect(shownText(row!)).toContain("Kommun");
  });

  test("search sends the typed query to list_people and shows what comes back", async () => {
    const core = await realCore();
    await renderOpenApp();
    const user = userEvent.setup();
    await user.type(screen.getByTestId("register-search"), "örebro");
    await waitFor(() => expect(core.callsOf("list_people").at(-1)).toEqual({ query: "örebro" }));
    // What core finds for the query (names, titles and organisations, "Ö" folded), no more.
    const found = (await listPeople(core, "örebro")).map((p) => p.name);
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan((await listPeople(core)).length);
    await waitFor(() => expect(names()).toEqual(found));
  });

  test("a search without hits says so in Swedish, quoting the query", async () => {
    await realCore();
    await renderOpenApp();
    await userEvent.setup().type(screen.getByTestId("register-search"), "zzz");
    expect(await screen.findByText("Ingen träff på ”zzz”")).toBeTruthy();
    expect(screen.queryAllByTestId("person-row")).toHaveLength(0);
  });

  test("an empty register says there are no people yet", async () => {
    // A new council has no people (everyone in the example is a member somewhere, so cannot go).
    const core = await realCore({ file: null });
    await core.invoke("create_council", { name: "Tomt råd" });
    expect(await listPeople(core)).toEqual([]);
    render(App);
    await fireEvent.click(await screen.findByTestId("nav-register"));
    expect(await screen.findByText("Inga personer ännu")).toBeTruthy();
  });

  test("adding a person sends the typed input and reloads the table", async () => {
    const core = await realCore();
    await renderOpenApp();
    const user = userEvent.setup();
    await user.click(screen.getByTestId("add-person"));
    const form = await screen.findByTestId("person-form");
    await user.type(within(form).getByTestId("person-name"), "  Karin Björk ");
    await user.type(within(form).getByTestId("person-title"), "Enhetschef");
    await user.selectOptions(within(form).getByTestId("person-organisation"), "Uppsala universitet");
    await user.type(within(form).getByTestId("person-email"), "karin@example.se");
    await user.type(within(form).getByTestId("person-phone"), "018-1");
    const listsBefore = core.callsOf("list_people").length;
    await user.click(within(form).getByTestId("save-person"));

    expect(core.callsOf("add_person")).toEqual([
      { input: { name: "Karin Björk", title: "Enhetschef", organisationId: expect.any(Number), email: "karin@example.se", phone: "018-1" } },
    ]);
    const orgs = await listOrganisations(core);
    expect((core.callsOf("add_person")[0]!.input as { organisationId: number }).organisationId)
      .toBe(orgs.find((o) => o.name === "Uppsala universitet")!.id);
    await waitFor(() => expect(screen.queryByTestId("person-form")).toBeNull());
    expect(core.callsOf("list_people").length).toBeGreaterThan(listsBefore);
    expect(names()).toContain("Karin Björk");
    // The undo button now names what it would undo.
    expect(screen.getByTestId("undo").getAttribute("aria-label")).toBe("Ångra: Lägg till person ”Karin Björk”");
  });

  test("an empty name is stopped in the form with a Swedish message, no call made", async () => {
    const core = await realCore();
    await renderOpenApp();
    const user = userEvent.setup();
    await user.click(screen.getByTestId("add-person"));
    await user.click(await screen.findByTestId("save-person"));
    expect(screen.getByText("Skriv personens namn.")).toBeTruthy();
    expect(core.callsOf("add_person")).toHaveLength(0);
  });

  test("a failing save shows core's message in the toast and keeps everything typed", async () => {
    const core = await realCore();
    await renderOpenApp();
    core.failNext("add_person", "invalid", "E-postadressen saknar @. Skriv hela adressen.");
    const user = userEvent.setup();
    await user.click(screen.getByTestId("add-person"));
    await user.type(await screen.findByTestId("person-name"), "Lars Öhman");
    await user.type(screen.getByTestId("person-email"), "lars.example.se");
    await user.click(screen.getByTestId("save-person"));

    const toast = await screen.findByTestId("error-toast");
    expect(toast.textContent).toContain("E-postadressen saknar @. Skriv hela adressen.");
    expect(screen.getByRole("alert").textContent).toContain("E-postadressen saknar @");
    expect(screen.getByTestId("person-form")).toBeTruthy();
    expect((screen.getByTestId("person-name") as HTMLInputElement).value).toBe("Lars Öhman");
    expect((screen.getByTestId("person-email") as HTMLInputElement).value).toBe("lars.example.se");
  });

  test("delete asks for confirmation naming the person, and only then calls delete_person", async () => {
    const core = await realCore();
    // Everyone in the example is a member of some group, which core refuses to delete; a new
    // person is not.
    await addPerson(core, "Björn Åkesson");
    await renderOpenApp();
    const user = userEvent.setup();
    const row = screen.getAllByTestId("person-row").find((r) => r.textContent?.includes("Björn Åkesson"))!;
    await user.click(within(row).getByTestId("delete-person"));

    const dialog = await screen.findByRole("dialog");
    expect(dialog.textContent).toContain("Björn Åkesson");
    expect(screen.queryByTestId("person-form")).toBeNull(); // the row click did not open the form
    expect(core.callsOf("delete_person")).toHaveLength(0);

    await user.click(within(dialog).getByText("Avbryt"));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(core.callsOf("delete_person")).toHaveLength(0);

    await user.click(within(row).getByTestId("delete-person"));
    await user.click(await screen.findByTestId("confirm-delete"));
    await waitFor(() => expect(core.callsOf("delete_person")).toHaveLength(1));
    await waitFor(async () => expect(await listPeople(core, "Åkesson")).toEqual([])); // gone from core
    await waitFor(() => expect(names()).not.toContain("Björn Åkesson"));
  });

  test("Esc closes the confirmation without deleting", async () => {
    const core = await realCore();
    await renderOpenApp();
    const user = userEvent.setup();
    await user.click(screen.getAllByTestId("delete-person")[0]!);
    await screen.findByRole("dialog");
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(core.callsOf("delete_person")).toHaveLength(0);
  });

  test("Enter on a focused row opens it for editing and saving calls update_person", async () => {
    const core = await realCore();
    const member = (await listPeople(core)).find((p) => p.organisationName === "Region Sörmland")!;
    await renderOpenApp();
    const user = userEvent.setup();
    const row = screen.getAllByTestId("person-row").find((r) => shownText(r).includes(member.name))!;
    row.focus();
    await user.keyboard("{Enter}");
    const name = (await screen.findByTestId("person-name")) as HTMLInputElement;
    expect(name.value).toBe(member.name);
    expect((screen.getByTestId("person-organisation") as HTMLSelectElement).selectedOptions[0]?.textContent)
      .toBe("Region Sörmland");
    await user.clear(screen.getByTestId("person-title"));
    await user.type(screen.getByTestId("person-title"), "Regiondirektör");
    await user.keyboard("{Enter}");
    await waitFor(() => expect(core.callsOf("update_person")).toHaveLength(1));
    const call = core.callsOf("update_person")[0] as { id: number; input: { title: string; name: string } };
    expect(call.id).toBe(member.id);
    expect(call.input.title).toBe("Regiondirektör");
    expect(call.input.name).toBe(member.name);
    // The table shows it, as saved in core.
    await waitFor(() => expect(shownText(
      screen.getAllByTestId("person-row").find((r) => shownText(r).includes(member.name))!,
    )).toContain("Regiondirektör"));
    expect((await listPeople(core, member.name))[0]?.title).toBe("Regiondirektör");
  });

  test("a name that looks like HTML is shown as its characters, never as markup", async () => {
    const evil = "<img src=x onerror=alert(1)>";
    const core = await realCore();
    await addPerson(core, evil, "<b>t</b>");
    const { container } = await renderOpenApp();
    expect(names()).toContain(evil);
    const row = screen.getAllByTestId("person-row").find((r) => r.textContent?.includes(evil))!;
    expect(row.textContent).toContain("<b>t</b>");
    expect(container.querySelector("img")).toBeNull();
    expect(container.querySelector("td b")).toBeNull();
    // And in the confirmation dialog as well.
    await fireEvent.click(within(row).getByTestId("delete-person"));
    expect((await screen.findByRole("dialog")).textContent).toContain(evil);
    expect(document.querySelector("img")).toBeNull();
  });
});

describe("Register, organisations", () => {
  async function openOrganisations() {
    await renderOpenApp();
    await userEvent.setup().click(screen.getByTestId("tab-organisations"));
    await waitFor(() => expect(screen.getAllByTestId("organisation-row").length).toBeGreaterThan(0));
  }

  test("tabs are a proper tablist with the selected tab marked", async () => {
    await realCore();
    await renderOpenApp();
    expect(screen.getByRole("tablist")).toBeTruthy();
    expect(screen.getByTestId("tab-people").getAttribute("aria-selected")).toBe("true");
    screen.getByTestId("tab-people").focus();
    await userEvent.setup().keyboard("{ArrowRight}");
    expect(screen.getByTestId("tab-organisations").getAttribute("aria-selected")).toBe("true");
    expect(document.activeElement).toBe(screen.getByTestId("tab-organisations"));
  });

  test("shows name, party word, county and people count", async () => {
    await realCore();
    await openOrganisations();
    const row = screen.getAllByTestId("organisation-row").find((r) => shownText(r).includes("Region Sörmland"))!;
    const cells = within(row).getAllByRole("cell").map((c) => shownText(c).trim());
    // The example's Region Sörmland lies in Södermanland and has two people.
    expect(cells.slice(0, 4)).toEqual(["Region Sörmland", "■Region", "Södermanland", "2"]);
  });

  test("adding an organisation sends name, kind and county", async () => {
    const core = await realCore();
    await openOrganisations();
    const user = userEvent.setup();
    await user.click(screen.getByTestId("add-organisation"));
    await user.type(await screen.findByTestId("organisation-name"), "Gävle kommun");
    await user.selectOptions(screen.getByTestId("organisation-kind"), "Kommun");
    await user.selectOptions(screen.getByTestId("organisation-county"), "Gävleborg");
    await user.click(screen.getByTestId("save-organisation"));
    await waitFor(() => expect(core.callsOf("add_organisation")).toHaveLength(1));
    const input = (core.callsOf("add_organisation")[0] as { input: { name: string; kind: string; countyId: number } }).input;
    expect(input.name).toBe("Gävle kommun");
    expect(input.kind).toBe("kommun");
    const profile = await core.invoke<CouncilProfile>("council_profile");
    expect(input.countyId).toBe(profile.counties.find((c) => c.name === "Gävleborg")!.id);
    await waitFor(() => expect(names("organisation-name-cell")).toContain("Gävle kommun"));
  });

  test("deleting an organisation warns that its people will be detached", async () => {
    const core = await realCore();
    await openOrganisations();
    const user = userEvent.setup();
    const row = screen.getAllByTestId("organisation-row").find((r) => r.textContent?.includes("Region Sörmland"))!;
    await user.click(within(row).getByTestId("delete-organisation"));
    const dialog = await screen.findByRole("dialog");
    expect(dialog.textContent).toContain("Region Sörmland");
    expect(dialog.textContent).toContain("2 personer");
    expect(dialog.textContent).toContain("kopplas loss");
    await user.click(screen.getByTestId("confirm-delete"));
    await waitFor(() => expect(core.callsOf("delete_organisation")).toHaveLength(1));
    await waitFor(() => expect(names("organisation-name-cell")).not.toContain("Region Sörmland"));
  });
});
