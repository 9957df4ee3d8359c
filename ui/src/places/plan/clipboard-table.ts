// A table copied from Word or Excel arrives on the clipboard as HTML too. Word's plain-text
// version cannot tell a paragraph break inside a cell from a new row; the HTML can. We turn the
// HTML table into tab-separated text quoted the way Excel copies it, which core reads.
// The HTML also carries the colours she gave rows by hand (Word: `background` on the cell,
// `mso-highlight` on text; Excel: `background` or `bgcolor`). They are passed to core as
// written, cell by cell; core decides what a colour means (one classifier for every source).
// DOMParser builds an inert document: no script in pasted HTML runs, no image loads.

/** A pasted table: tab-separated rows for core, and each cell's colour as written ("" for none). */
export type PastedTable = { text: string; colours: string[][] };

/** The first table in `html` as tab-separated rows (cells with breaks, tabs or quotes quoted), or null. */
export function tableFromHtml(html: string): string | null {
  return pastedTable(html)?.text ?? null;
}

/** The first table in `html` with its cells' colours, or null when there is no table. */
export function pastedTable(html: string): PastedTable | null {
  if (!/<table[\s>]/i.test(html)) return null;
  const doc = new DOMParser().parseFromString(html, "text/html");
  const table = doc.querySelector("table");
  if (!table) return null;
  const trs = [...table.querySelectorAll("tr")];
  if (trs.length === 0) return null;
  const cellsOf = (tr: Element) => [...tr.querySelectorAll(":scope > td, :scope > th")];
  const text = trs.map((tr) => cellsOf(tr).map((cell) => quote(cellText(cell))).join("\t")).join("\n");
  const colours = trs.map((tr) => {
    const row = ownColour(tr);
    return cellsOf(tr).map((cell) => ownColour(cell) || row || textColour(cell));
  });
  return { text, colours };
}

/** A cell's or row's own background: `bgcolor`, or `background(-color)` in its style. */
function ownColour(element: Element): string {
  const style = element.getAttribute("style") ?? "";
  const fromStyle = /(?:^|;)\s*background(?:-color)?\s*:\s*([^;]+)/i.exec(style)?.[1];
  return (fromStyle ?? element.getAttribute("bgcolor") ?? "").trim();
}

/** The first highlight or background given to text inside the cell (Word's highlighter pen). */
function textColour(cell: Element): string {
  for (const inner of cell.querySelectorAll("[style]")) {
    const style = inner.getAttribute("style") ?? "";
    const highlight = /mso-highlight\s*:\s*([^;]+)/i.exec(style)?.[1] ?? ownColour(inner);
    if (highlight) return highlight.trim();
  }
  return "";
}

/** The cell's text with its paragraphs and line breaks as line breaks, and spacing tidied. */
function cellText(cell: Element): string {
  const lines: string[] = [];
  let current = "";
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      current += (node.textContent ?? "").replace(/\s+/g, " ");
      return;
    }
    if (!(node instanceof Element)) return;
    const tag = node.tagName.toLowerCase();
    if (tag === "script" || tag === "style") return;
    if (tag === "br") {
      lines.push(current);
      current = "";
      return;
    }
    const block = tag === "p" || tag === "div" || tag === "li";
    if (block && current.trim() !== "") {
      lines.push(current);
      current = "";
    }
    node.childNodes.forEach(walk);
    if (block) {
      lines.push(current);
      current = "";
    }
  };
  cell.childNodes.forEach(walk);
  lines.push(current);
  return lines.map((l) => l.replace(/\u00a0/g, " ").trim()).filter((l) => l !== "").join("\n");
}

function quote(text: string): string {
  return /[\t\n"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
