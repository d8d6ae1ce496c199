import { describe, expect, it } from "vitest";
import { messagesByLocale } from "@/messages";
import catalogueNl from "@/messages/catalogue/nl.json";
import directoryNl from "@/messages/directory/nl.json";
import staffNl from "@/messages/staff/nl.json";
import trustNl from "@/messages/trust/nl.json";
import vraagwijzerNl from "@/messages/vraagwijzer/nl.json";
import nl from "@/messages/nl.json";
import openDataNl from "@/messages/open-data/nl.json";
import securityNl from "@/messages/security/nl.json";

// TypeScript already refuses an English catalogue that lacks a Dutch key (i18n/messages.ts);
// these tests also catch extra keys and placeholders that differ between languages.

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") entries.set(path, value);
    else for (const [inner, text] of flatten(value, path)) entries.set(inner, text);
  }
  return entries;
}

/** ICU argument names such as {count} or {count, plural, …}. */
function argumentsOf(message: string): string[] {
  const names = [...message.matchAll(/\{\s*([A-Za-z_]\w*)\s*[,}]/g)].map((match) => match[1] ?? "");
  return [...new Set(names)].sort();
}

const dutch = flatten(messagesByLocale.nl);
const english = flatten(messagesByLocale.en);

describe("UI strings", () => {
  it("use each top-level key in one area only", () => {
    const keys = [nl, catalogueNl, directoryNl, vraagwijzerNl, staffNl, trustNl, openDataNl, securityNl].flatMap((area) => Object.keys(area));
    expect(keys.length).toBe(new Set(keys).size);
  });

  it("have the same keys in every language", () => {
    expect([...english.keys()].sort()).toEqual([...dutch.keys()].sort());
  });

  it("use the same placeholders in every language", () => {
    for (const [key, text] of dutch) {
      expect(argumentsOf(english.get(key) ?? ""), key).toEqual(argumentsOf(text));
    }
  });

  it("are never empty", () => {
    for (const [key, text] of [...dutch, ...english]) expect(text.trim(), key).not.toBe("");
  });
});
