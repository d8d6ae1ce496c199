import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { messagesByLocale } from "@/messages";

/**
 * The message files (messages/<area>/<locale>.json and messages/<locale>.json): Dutch is
 * the source; English must say the same things. The types check that English has every
 * Dutch key; this test checks what types cannot: no extra or empty messages, the same
 * placeholders, valid ICU syntax, and no two areas claiming one namespace (a spread in
 * messages/index.ts would silently keep only the last).
 */
const root = path.resolve("messages");
const areas = ["", ...readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name)];
const read = (area: string, locale: string) => JSON.parse(readFileSync(path.join(root, area, `${locale}.json`), "utf8")) as Record<string, unknown>;

function leaves(value: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === "string") out.set(prefix, value);
  else if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) for (const [k, v] of leaves(inner, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
  }
  return out;
}

function placeholders(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      into.add(element.value);
      for (const option of Object.values(element.options)) placeholders(option.value, into);
    }
    if (element.type === TYPE.tag) {
      into.add(`<${element.value}>`);
      placeholders(element.children, into);
    }
  }
  return into;
}

describe("the message files", () => {
  it("give every namespace to one area only", () => {
    const owner = new Map<string, string>();
    for (const area of areas) {
      for (const namespace of Object.keys(read(area, "nl"))) {
        expect(owner.get(namespace), `${namespace} is in messages/${owner.get(namespace)} and messages/${area}`).toBeUndefined();
        owner.set(namespace, area || ".");
      }
    }
    expect(Object.keys(messagesByLocale.nl).length).toBe(owner.size);
  });

  for (const area of areas) {
    it(`messages/${area || "."}: English has exactly the Dutch keys, with the same placeholders, in valid ICU`, () => {
      const nl = leaves(read(area, "nl"));
      const en = leaves(read(area, "en"));
      expect([...en.keys()].filter((k) => !nl.has(k)), "keys only in English").toEqual([]);
      expect([...nl.keys()].filter((k) => !en.has(k)), "keys missing in English").toEqual([]);
      for (const [key, dutch] of nl) {
        const english = en.get(key)!;
        expect(dutch.trim(), `${key} is empty in Dutch`).not.toBe("");
        expect(english.trim(), `${key} is empty in English`).not.toBe("");
        const a = placeholders(parse(dutch, { ignoreTag: false }));
        const b = placeholders(parse(english, { ignoreTag: false }));
        expect([...b].sort(), `${key}: placeholders`).toEqual([...a].sort());
      }
    });
  }
});
