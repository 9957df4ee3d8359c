// Screenshots of the UI against the real core (radsplan dev-bridge), for looking at the layout.
// Usage (starts the real core and Vite itself): npm run shots [outdir]
import { openShots } from "./browser.mjs";

const out = process.argv[2] ?? "/tmp/ui-shots";
const { browser, page, shot, base, bridge } = await openShots(out);

await bridge("/test/reset", { open: false });
await page.goto(base);
await page.getByTestId("open-example").waitFor();
await shot("01-welcome");
await page.getByTestId("create-council").click();
await page.getByTestId("create-council-confirm").click();
await shot("02-welcome-create-empty-name");

await bridge("/test/reset", { open: true });
await page.goto(base);
await page.getByTestId("nav-register").click();
await page.getByTestId("person-row").first().waitFor();
await shot("03-register-people");
await page.keyboard.press("Tab");
await page.getByTestId("person-row").nth(1).focus();
await shot("04-register-row-focus");

await page.getByTestId("person-row").nth(2).click();
await page.getByTestId("person-form").waitFor();
await shot("05-person-form");
await page.keyboard.press("Escape");

await page.getByTestId("delete-person").first().click();
await page.getByTestId("confirm-delete").waitFor();
await shot("06-confirm-delete");
await page.keyboard.press("Escape");

await page.getByTestId("register-search").fill("zzz");
await page.waitForTimeout(300);
await shot("07-register-no-match");
await page.getByTestId("register-search").fill("");

await page.getByTestId("tab-organisations").click();
await page.getByTestId("organisation-row").first().waitFor();
await shot("08-register-organisations");
await page.getByTestId("add-organisation").click();
await page.getByTestId("save-organisation").click();
await shot("09-organisation-form-empty");
await page.keyboard.press("Escape");

// An error toast, as core would send it.
await bridge("/test/fail-next", { command: "delete_organisation", code: "conflict",
  message: "Organisationen kan inte tas bort just nu. Försök igen." });
await page.getByTestId("delete-organisation").first().click();
await page.getByTestId("confirm-delete").click();
await page.getByTestId("error-toast").waitFor();
await shot("10-error-toast");
await page.getByRole("alert").getByRole("button").click();

await page.getByTestId("nav-settings").click();
await page.getByRole("heading", { level: 1 }).waitFor();
await shot("11-settings");
await page.mouse.move(640, 500);
await page.mouse.wheel(0, 800);
await shot("12-settings-scrolled");

await page.getByTestId("file-menu").click();
await shot("13-file-menu");
await page.keyboard.press("Escape");

await bridge("/invoke/set_language", { language: "en" });
await page.goto(base);
await page.getByTestId("nav-register").click();
await page.getByTestId("person-row").first().waitFor();
await shot("14-register-english");

await browser.close();
