// A long document comes a part at a time: the preview asks core for its first lines and, when
// the end of what is drawn comes within reach, for more, until the whole is drawn. The example's
// documents are shorter than a part (100 lines), so core is asked here for 80 lines fewer than
// the window asks for: the same cutting (in core) and the same asking (in the window), on parts
// of 20 lines.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import App from "../../App.svelte";
import type { DocumentPreview } from "../../lib/bindings";
import { realCore } from "../../test/harness";

/** An IntersectionObserver whose target is always within reach (a reader scrolling down). */
class ReachedObserver {
  constructor(private readonly report: IntersectionObserverCallback) {}
  observe(target: Element) {
    queueMicrotask(() => this.report([{ isIntersecting: true, target } as IntersectionObserverEntry], this as never));
  }
  disconnect() {}
  unobserve() {}
  takeRecords() { return []; }
}

describe("a long document in Rapporter", () => {
  beforeEach(() => vi.stubGlobal("IntersectionObserver", ReachedObserver));
  afterEach(() => vi.unstubAllGlobals());

  test("is drawn from its top and the rest is asked for as the reader nears its end", async () => {
    let core: Awaited<ReturnType<typeof realCore>> | null = null;
    const answers: DocumentPreview[] = [];
    core = await realCore({
      override: (cmd, args) => {
        if (cmd !== "preview_document" || core === null) return undefined;
        const lines = (args.lines as number) - 80;
        return core.invoke<DocumentPreview>(cmd, { ...args, lines }).then((answer) => {
          answers.push(answer);
          return answer;
        });
      },
    });
    render(App);
    await fireEvent.click(await screen.findByTestId("nav-reports"));
    await fireEvent.click(await screen.findByTestId("report-year-end"));
    await screen.findByTestId("document-preview", undefined, { timeout: 15_000 });
    await waitFor(() => expect(answers.at(-1)?.shownLines).toBe(answers[0]?.totalLines), { timeout: 20_000 });
    await waitFor(() => expect(screen.queryByTestId("preview-more")).toBeNull());

    const asked = core.callsOf("preview_document").map((c) => c.lines);
    const total = answers[0]!.totalLines;
    expect(total).toBeGreaterThan(60);
    const parts = Math.ceil(total / 20);
    expect(asked).toEqual(Array.from({ length: parts }, (_, i) => 100 + 20 * i));
    expect(answers.map((a) => a.shownLines)).toEqual(Array.from({ length: parts }, (_, i) => Math.min(total, 20 * (i + 1))));
    // The whole återrapport is drawn, down to its last heading.
    const whole = await core.invoke<DocumentPreview>("preview_document", { request: { kind: "yearEnd", year: 2022, group: null }, lines: null });
    const lastHeading = whole.document.sections.flatMap((s) => s.blocks).filter((b) => b.kind === "heading").at(-1);
    const drawn = within(screen.getByTestId("document-preview")).getAllByRole("heading").map((h) => h.textContent);
    expect(lastHeading?.kind === "heading" && drawn.at(-1)).toBe(lastHeading?.kind === "heading" ? lastHeading.value.text : "");
  });
});
