// A table copied from Word or Excel arrives on the clipboard as HTML too. Word's plain-text
// version cannot tell a paragraph break inside a cell from a new row; the HTML can. We turn the
// HTML table into tab-separated text quoted the way Excel copies it, which core reads.
// DOMParser builds an inert document: no script in pasted HTML runs, no image loads.

/** The first table in `html` as tab-separated rows (cells with breaks, tabs or quotes quoted), or null. */
export function tableFromHtml(html: string): string | null {
  if (!/<table[\s>]/i.test(html)) return null;
  const doc = new DOMParser().parseFromString(html, "text/html");
  const table = doc.querySelector("table");
  if (!table) return null;
  const rows = [...table.querySelectorAll("tr")].map((tr) =>
    [...tr.querySelectorAll(":scope > td, :scope > th")].map((cell) => quote(cellText(cell))).join("\t"));
  return rows.length > 0 ? rows.join("\n") : null;
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
