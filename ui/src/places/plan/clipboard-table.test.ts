import { describe, expect, test } from "vitest";
import { pastedTable, tableFromHtml } from "./clipboard-table";

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

  test("each cell's colour comes with the table: cell, row, bgcolor and highlighted text", () => {
    // As Word and Excel put it on the clipboard (trimmed): shading on the cell, a whole row
    // coloured, Excel's bgcolor, and Word's highlighter on text inside the cell.
    const html = `<table>
      <tr><td>Aktivitet</td><td>Tidplan</td></tr>
      <tr><td style="width:200px;background:#00B050;mso-pattern:auto"><p>Grön</p></td><td>v. 3</td></tr>
      <tr style="background-color: rgb(255, 192, 0)"><td>Gul rad</td><td style="background:red">Röd cell</td></tr>
      <tr><td bgcolor="#FF0000">Excel</td><td></td></tr>
      <tr><td><p><span style="mso-highlight:yellow">Markerad</span></p></td><td>ingen</td></tr>
    </table>`;
    const table = pastedTable(html)!;
    expect(table.text.split("\n")).toEqual(["Aktivitet\tTidplan", "Grön\tv. 3", "Gul rad\tRöd cell", "Excel\t", "Markerad\tingen"]);
    expect(table.colours).toEqual([
      ["", ""],
      ["#00B050", ""],
      ["rgb(255, 192, 0)", "red"],
      ["#FF0000", ""],
      ["yellow", ""],
    ]);
  });
});
