import { describe, expect, test } from "vitest";
import { tableFromHtml } from "./clipboard-table";

describe("a table pasted as HTML", () => {
  test("Word's paragraphs inside a cell stay in the cell, quoted the way Excel copies", () => {
    const html = `<html><body><table>
      <tr><td><p>Aktivitet</p></td><td><p>Tidplan</p></td></tr>
      <tr><td><p class="MsoNormal">Samordna VFU</p><p>för alla utbildningar</p></td><td><p>12/10&nbsp;och 30/11</p></td></tr>
      <tr><td>Säg "hej"</td><td>v. 37<br>v. 41</td></tr>
    </table></body></html>`;
    expect(tableFromHtml(html)).toBe([
      "Aktivitet\tTidplan",
      "\"Samordna VFU\nför alla utbildningar\"\t12/10 och 30/11",
      "\"Säg \"\"hej\"\"\"\t\"v. 37\nv. 41\"",
    ].join("\n"));
  });

  test("scripts in pasted HTML are neither run nor kept as cell text; text that looks like a tag is kept", () => {
    const html = `<table><tr><td>&lt;script&gt;alert(1)&lt;/script&gt;<script>window.pwned = 1</script></td></tr></table>`;
    expect(tableFromHtml(html)).toBe("<script>alert(1)</script>");
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
  });

  test("HTML without a table is left to the plain text", () => {
    expect(tableFromHtml("<p>Bara text</p>")).toBeNull();
  });
});
