// `radsplan --open <file>` opens that file directly, without the welcome screen.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { scenario, startApp, session, cli, tempDir, tid, waitFor, waitForText, EXAMPLE_COUNCIL } from "./lib/app.mjs";

scenario("open: --open <path> opens the given file", (step) => {
  let file;

  step("the CLI writes the example council to a file and exits", async () => {
    file = path.join(tempDir("open-"), "x.radsplan");
    cli("example", file);
    assert.ok(fs.statSync(file).size > 0, `${file} was written`);
  });

  step("starting the app with --open shows that council", async () => {
    await startApp({ args: ["--open", file] });
    await waitForText(tid("app-title"), EXAMPLE_COUNCIL, { timeout: 30_000 });
    const welcome = await session().findAll(tid("open-example"));
    assert.equal(welcome.length, 0, "the welcome screen is not shown when a file was given");
  });

  step("the register of the opened file lists people", async () => {
    await (await waitFor(tid("nav-register"))).click();
    await (await waitFor(tid("tab-people"))).click();
    await waitFor(tid("person-row"), { what: "a person from the example council" });
  });
});
