// A small, dependency-free W3C WebDriver client over fetch (Node 20+).
// Only what the end-to-end tests need: sessions, elements by CSS, click, keys, text,
// scripts, key chords through the actions API, screenshots.

const ELEMENT = "element-6066-11e4-a52e-4f735466cecf"; // W3C web element identifier key

export const Keys = Object.freeze({
  CONTROL: "\uE009",
  SHIFT: "\uE008",
  ALT: "\uE00A",
  META: "\uE03D",
  ENTER: "\uE007",
  TAB: "\uE004",
  ESCAPE: "\uE00C",
  BACKSPACE: "\uE003",
  DELETE: "\uE017",
  ARROW_UP: "\uE013",
  ARROW_DOWN: "\uE015",
  ARROW_LEFT: "\uE012",
  ARROW_RIGHT: "\uE014",
  HOME: "\uE011",
  END: "\uE010",
});

export class WebDriverError extends Error {
  constructor(method, path, status, value) {
    const what = value?.error ?? `HTTP ${status}`;
    super(`WebDriver ${method} ${path} failed: ${what}: ${value?.message ?? JSON.stringify(value)}`);
    this.name = "WebDriverError";
    this.error = value?.error;
    this.status = status;
  }
}

/** Longest time one WebDriver call may take (a new session starts the app: allow for that). */
export const REQUEST_TIMEOUT_MS = Number(process.env.E2E_REQUEST_TIMEOUT_MS ?? 90_000);

async function request(base, method, path, body) {
  let res;
  try {
    res = await fetch(base + path, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json; charset=utf-8" },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (e) {
    const why = e.name === "TimeoutError"
      ? `no answer in ${REQUEST_TIMEOUT_MS / 1000} s`
        + (path === "/session" ? " (did the app start? is its webview allowed to be automated?)" : "")
      : `${e.message}${e.cause ? `: ${e.cause.message ?? e.cause}` : ""}`;
    throw new Error(`WebDriver ${method} ${path} at ${base}: ${why}`);
  }
  const text = await res.text();
  let json;
  try {
    json = text ? JSON.parse(text) : {};
  } catch {
    throw new WebDriverError(method, path, res.status, { message: text.slice(0, 500) });
  }
  if (!res.ok || (json.value && typeof json.value === "object" && "error" in json.value)) {
    throw new WebDriverError(method, path, res.status, json.value);
  }
  return json.value;
}

export class Element {
  constructor(session, id, selector) {
    this.session = session;
    this.id = id;
    this.selector = selector;
  }
  get #p() {
    return `/element/${this.id}`;
  }
  get json() {
    return { [ELEMENT]: this.id };
  }
  click() {
    return this.session.cmd("POST", `${this.#p}/click`, {});
  }
  clear() {
    return this.session.cmd("POST", `${this.#p}/clear`, {});
  }
  sendKeys(text) {
    return this.session.cmd("POST", `${this.#p}/value`, { text: String(text) });
  }
  text() {
    return this.session.cmd("GET", `${this.#p}/text`);
  }
  property(name) {
    return this.session.cmd("GET", `${this.#p}/property/${encodeURIComponent(name)}`);
  }
  attribute(name) {
    return this.session.cmd("GET", `${this.#p}/attribute/${encodeURIComponent(name)}`);
  }
  isEnabled() {
    return this.session.cmd("GET", `${this.#p}/enabled`);
  }
  isDisplayed() {
    return this.session.cmd("GET", `${this.#p}/displayed`);
  }
  async find(css) {
    const v = await this.session.cmd("POST", `${this.#p}/element`, { using: "css selector", value: css });
    return new Element(this.session, v[ELEMENT], css);
  }
  async findAll(css) {
    const vs = await this.session.cmd("POST", `${this.#p}/elements`, { using: "css selector", value: css });
    return vs.map((v) => new Element(this.session, v[ELEMENT], css));
  }
}

export class Session {
  constructor(base, id, capabilities) {
    this.base = base;
    this.id = id;
    this.capabilities = capabilities;
  }

  /** Starts a session; `capabilities` goes into `alwaysMatch`. */
  static async create(base, capabilities) {
    const v = await request(base, "POST", "/session", { capabilities: { alwaysMatch: capabilities } });
    return new Session(base, v.sessionId, v.capabilities);
  }

  cmd(method, path, body) {
    return request(this.base, method, `/session/${this.id}${path}`, body);
  }

  async delete() {
    await request(this.base, "DELETE", `/session/${this.id}`);
  }

  async find(css) {
    const v = await this.cmd("POST", "/element", { using: "css selector", value: css });
    return new Element(this, v[ELEMENT], css);
  }

  async findAll(css) {
    const vs = await this.cmd("POST", "/elements", { using: "css selector", value: css });
    return vs.map((v) => new Element(this, v[ELEMENT], css));
  }

  /** Runs `script` (a function body; use `arguments[i]`) in the page, synchronously. */
  execute(script, ...args) {
    return this.cmd("POST", "/execute/sync", {
      script,
      args: args.map((a) => (a instanceof Element ? a.json : a)),
    });
  }

  navigate(url) {
    return this.cmd("POST", "/url", { url });
  }

  title() {
    return this.cmd("GET", "/title");
  }

  pageSource() {
    return this.cmd("GET", "/source");
  }

  /** Base64 PNG of the window. */
  screenshot() {
    return this.cmd("GET", "/screenshot");
  }

  /** Sends keys to whatever has focus, e.g. `chord(Keys.CONTROL, Keys.SHIFT, "z")`. */
  async chord(...keys) {
    const down = keys.map((value) => ({ type: "keyDown", value }));
    const up = [...keys].reverse().map((value) => ({ type: "keyUp", value }));
    await this.cmd("POST", "/actions", {
      actions: [{ type: "key", id: "keyboard", actions: [...down, ...up] }],
    });
    await this.cmd("DELETE", "/actions");
  }

  /** Types text into whatever has focus. */
  async type(text) {
    const actions = [];
    for (const ch of String(text)) actions.push({ type: "keyDown", value: ch }, { type: "keyUp", value: ch });
    await this.cmd("POST", "/actions", { actions: [{ type: "key", id: "keyboard", actions }] });
  }
}
