// The native file dialogs (GTK under Xvfb) are outside the web view, so WebDriver cannot reach
// them; xdotool types into them the way a person would.
import { execFileSync } from "node:child_process";
import { waitUntil } from "./app.mjs";

const xdotool = (...args) => execFileSync("xdotool", args, { encoding: "utf8" }).trim();

/** Waits for the save dialog titled `title`, types `file` as its name and presses Enter. */
export async function answerSaveDialog(title, file) {
  let windowId = "";
  await waitUntil(() => {
    try {
      windowId = xdotool("search", "--name", title).split("\n")[0] ?? "";
    } catch {
      windowId = ""; // xdotool exits 1 while no window matches
    }
    return windowId !== "";
  }, { message: `the save dialog ”${title}”` });
  // GTK opens the dialog with the suggested name selected in the name field, which has focus.
  await new Promise((resolve) => setTimeout(resolve, 500));
  xdotool("windowfocus", "--sync", windowId);
  xdotool("key", "--clearmodifiers", "ctrl+a");
  xdotool("type", "--delay", "15", file);
  xdotool("key", "Return");
}
