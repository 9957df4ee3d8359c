// The native file dialogs (GTK under Xvfb) are outside the web view, so WebDriver cannot reach
// them; xdotool types into them the way a person would.
import { execFileSync } from "node:child_process";
import { waitUntil } from "./app.mjs";

const xdotool = (...args) => execFileSync("xdotool", args, { encoding: "utf8" }).trim();

/** Waits for the save dialog titled `title`, types `file` as its name and presses Enter. */
export async function answerSaveDialog(title, file) {
  const windowId = await dialogWindow(title);
  // GTK opens the dialog with the suggested name selected in the name field, which has focus.
  xdotool("windowfocus", "--sync", windowId);
  xdotool("key", "--clearmodifiers", "ctrl+a");
  xdotool("type", "--delay", "15", file);
  xdotool("key", "Return");
}

/** Waits for the open dialog titled `title`, types `file` in its location field, presses Enter. */
export async function answerOpenDialog(title, file) {
  const windowId = await dialogWindow(title);
  xdotool("windowfocus", "--sync", windowId);
  xdotool("key", "--clearmodifiers", "ctrl+l");
  xdotool("type", "--delay", "15", file);
  // GTK completes typed paths as it goes; Enter before it has caught up can open the folder
  // instead of choosing the file.
  await pause(700);
  xdotool("key", "Return");
}

async function dialogWindow(title) {
  let windowId = "";
  await waitUntil(() => {
    try {
      windowId = xdotool("search", "--name", title).split("\n")[0] ?? "";
    } catch {
      windowId = ""; // xdotool exits 1 while no window matches
    }
    return windowId !== "";
  }, { message: `the file dialog ”${title}”` });
  // The window exists a moment before GTK has laid out and focused its fields.
  await pause(500);
  return windowId;
}

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
