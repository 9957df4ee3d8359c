import { describe, expect, test } from "vitest";
import { SOFT_HYPHEN, copyWithoutSoftHyphens, hyphenateSv, withoutSoftHyphens } from "./hyphenate";

const shown = (text: string) => hyphenateSv(text).replaceAll(SOFT_HYPHEN, "-");

describe("Swedish hyphenation for display", () => {
  test("long words break only at Swedish syllable boundaries", () => {
    expect(shown("kompetensförsörjning")).toBe("kom-pe-tens-för-sörj-ning");
    expect(shown("Överenskommelse")).toBe("Över-ens-kom-mel-se");
    // Never between "ö" and "rj", where the engine broke it without a hyphen.
    expect(shown("kompetensförsörjning")).not.toContain("försö-rj");
  });

  test("short words and punctuation stay exactly as typed, and stripping gives the text back", () => {
    const text = "Stöd till VFU-handledare, 12/10 och 30/11: verksamhetsförlagd utbildning.";
    expect(shown("Stöd till VFU")).toBe("Stöd till VFU");
    expect(withoutSoftHyphens(hyphenateSv(text))).toBe(text);
  });

  test("copying hyphenated text puts the plain words on the clipboard", () => {
    const p = document.createElement("p");
    p.textContent = hyphenateSv("kompetensförsörjning");
    document.body.append(p);
    document.getSelection()!.selectAllChildren(p);
    const data = new Map<string, string>();
    const event = new Event("copy", { cancelable: true }) as ClipboardEvent;
    Object.defineProperty(event, "clipboardData", { value: { setData: (k: string, v: string) => data.set(k, v) } });
    copyWithoutSoftHyphens(event);
    expect(data.get("text/plain")).toBe("kompetensförsörjning");
    expect(event.defaultPrevented).toBe(true);
    p.remove();
  });
});
