import { readdirSync } from "node:fs";

/**
 * The directions of imports (docs/architecture.md), as ESLint's own no-restricted-imports
 * (static imports and exports) and no-restricted-syntax (import() calls):
 *   app/ → components/ → lib/actions → lib/commands → domain folders → lib/db, lib/env.ts
 * Only the arrows that have been agreed are enforced here; each has its message.
 *
 * Cross-folder imports are written with `@/`: a relative import may not leave its
 * top-level folder (lib/<folder>/, or components/). That keeps every rule about `@/…`
 * and makes `../../app/x` impossible. Flat config lets the last block that matches a
 * file decide a rule's options, so every folder gets one block per depth, with all the
 * patterns that apply to it.
 */
const INFRASTRUCTURE = ["db", "env", "log", "http", "rate-limit", "mail", "audit", "calendar", "generated"];
/** Above the domains: the request boundary, the owner-command registry, the server's start-up. */
const BOUNDARY = ["actions", "commands", "server"];

const libEntries = readdirSync(new URL("./lib", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() || (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)))
  .map((entry) => ({ name: entry.name.replace(/\.tsx?$/, ""), folder: entry.isDirectory(), file: entry.name }));
const domains = libEntries.map((e) => e.name).filter((name) => !INFRASTRUCTURE.includes(name) && !BOUNDARY.includes(name));

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const anyOf = (names) => `(?:${names.map(escape).join("|")})`;

/** `@/lib/<name>…` for any of the names, except the allowed module paths. */
const libAlias = (names, allow = []) =>
  `^@\\/lib\\/${allow.map((path) => `(?!${escape(path)}$)`).join("")}${anyOf(names)}(?:\\/|$)`;

/** Arrows against the directions: which lib entries may not import what. */
const directions = [
  {
    from: libEntries.map((e) => e.name),
    regex: `^@\\/${anyOf(["components", "app"])}(?:\\/|$)`,
    message: "lib/ is below components/ and app/: pass what it needs in as arguments instead.",
  },
  {
    from: domains,
    regex: libAlias(["commands", "actions"]),
    message: "A domain folder is below lib/commands and lib/actions: they call the domain, not the other way round.",
  },
  {
    from: ["db"],
    regex: libAlias([...domains, ...BOUNDARY]),
    message: "lib/db knows no domain: take the domain's work as a parameter (see lib/db/owner.ts).",
  },
  {
    from: ["http", "mail", "audit", "rate-limit", "log", "calendar"],
    regex: libAlias([...domains, ...BOUNDARY]),
    message: "Infrastructure knows no domain: the domain calls it and passes in what it needs.",
  },
  {
    from: ["env"],
    regex: libAlias([...domains, ...BOUNDARY], ["auth/roles"]),
    message: "lib/env.ts imports only pure constant modules (such as lib/auth/roles.ts), so that every layer can read settings.",
  },
  {
    from: ["matching"],
    regex: libAlias(libEntries.map((e) => e.name).filter((name) => name !== "matching")),
    message: "lib/matching is pure and owns its input type: the callers adapt to it.",
  },
];

const LEAVES_FOLDER = "Import from another folder with @/… so the import directions can be checked.";
const DEPTHS = [1, 2, 3, 4, 5, 6];

/** A relative import that climbs out of a folder `depth` levels up. */
const climbs = (depth) => `^(?:\\.\\.\\/){${depth},}`;

function block(files, patterns) {
  return {
    files,
    rules: {
      "no-restricted-imports": ["error", { patterns: patterns.map(({ regex, message }) => ({ regex, message })) }],
      "no-restricted-syntax": [
        "error",
        ...patterns.map(({ regex, message }) => ({ selector: `ImportExpression[source.value=/${regex}/]`, message })),
      ],
    },
  };
}

/** One block per depth below `folder`, deepest catch-all first so the exact depths win. */
function folderBlocks(folder, patterns) {
  const deeper = block([`${folder}/**/*`], [{ regex: climbs(DEPTHS.length + 1), message: LEAVES_FOLDER }, ...patterns]);
  return [
    deeper,
    ...DEPTHS.map((depth) => block([`${folder}/${"*/".repeat(depth - 1)}*`], [{ regex: climbs(depth), message: LEAVES_FOLDER }, ...patterns])),
  ];
}

const forEntry = (name) => directions.filter((d) => d.from.includes(name));

export const importDirections = [
  ...libEntries.flatMap((entry) =>
    entry.folder
      ? folderBlocks(`lib/${entry.name}`, forEntry(entry.name))
      : // lib's own files: `./x/…` would enter a folder, `../` leaves lib.
        [block([`lib/${entry.file}`], [{ regex: "^(?:\\.\\/[^\\/]+\\/|\\.\\.\\/)", message: LEAVES_FOLDER }, ...forEntry(entry.name)])],
  ),
  ...folderBlocks("components", [{ regex: `^@\\/app(?:\\/|$)`, message: "components/ never import from app/: routes use components, not the other way round." }]),
];
