import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Words that mislead residents (issue 11, point 7): "neemt nieuwe mensen aan" reads as hiring
// staff, and a number glued to a plural noun shows "1 ondersteuners" when the count is one.

const root = path.join(process.cwd(), "messages");
const files = (name: string) => [path.join(root, name), ...readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => path.join(root, e.name, name))];

type Tree = { [key: string]: string | Tree };
function strings(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : strings(value, `${prefix}${key}.`)));
}
const read = (file: string) => strings(JSON.parse(readFileSync(file, "utf8")) as Tree).map(([key, text]) => [`${path.relative(root, file)}: ${key}`, text] as const);

const dutch = files("nl.json").flatMap(read);
const english = files("en.json").flatMap(read);

/** A number placeholder or a written number right before a plural noun, outside an ICU plural. */
const countArgument = /(\{(count|days|total|age|min|max)\}|\b1) (\p{L}+(ers|en|s))\b/u;

describe("wording for residents", () => {
  it("finds the Dutch message files", () => expect(dutch.length).toBeGreaterThan(100));

  it("never says a service 'aanneemt' or 'aannemen' new people", () => {
    for (const [where, text] of dutch) expect(text, where).not.toMatch(/aanneemt|aannemen|neemt (nu )?(geen )?nieuwe \p{L}+ aan/iu);
  });

  it("shows a count with its noun through an ICU plural, so one is never '1 ondersteuners'", () => {
    for (const [where, text] of [...dutch, ...english]) expect(text, where).not.toMatch(countArgument);
  });

  it("names the formal kind one way: professionele cliëntondersteuner", () => {
    for (const [where, text] of dutch) expect(text, where).not.toMatch(/formele cliëntondersteun/i);
  });

  it("the scan itself catches the old wording", () => {
    expect("Vergelijking van {count} ondersteuners").toMatch(countArgument);
    expect("1 ondersteuners").toMatch(countArgument);
    expect("{age} jaar").not.toMatch(countArgument);
    expect("Neemt nu geen nieuwe mensen aan").toMatch(/neemt (nu )?(geen )?nieuwe \p{L}+ aan/iu);
  });
});
