import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

/**
 * The import-direction rule of eslint.config.mjs, run on tiny snippets through ESLint
 * itself with the project's config, so the rule cannot quietly stop firing (a renamed
 * folder, a config block that overrides it).
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function directionErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === "no-restricted-imports" || m.ruleId === "no-restricted-syntax")
    .map((m) => m.message);
}

describe("import directions", () => {
  it.each([
    ["lib/db/example.ts", `import { idSchema } from "@/lib/catalogue/ids";`, /knows no domain/],
    ["lib/db/example.ts", `import { handleCommand } from "@/lib/commands/handle-command";`, /knows no domain/],
    ["lib/db/example.ts", `import { idSchema } from "../catalogue/ids";`, /with @\//],
    ["lib/env.ts", `import { actorForToken } from "@/lib/auth/session";`, /pure constant modules/],
    ["lib/catalogue/interchange/example.ts", `import { commands } from "@/lib/commands/registry";`, /domain folder is below/],
    ["lib/catalogue/interchange/example.ts", `import { commands } from "../../commands/registry";`, /with @\//],
    ["lib/catalogue/example.ts", `export async function later() { return import("@/lib/actions/contact"); }`, /domain folder is below/],
    ["lib/catalogue/example.ts", `import { Field } from "@/components/form/Field";`, /below components\/ and app\//],
    ["lib/matching/example.ts", `import { env } from "@/lib/env";`, /owns its input type/],
    ["lib/mail/example.ts", `import { serviceSummary } from "@/lib/catalogue/service-summary";`, /Infrastructure knows no domain/],
    ["lib/rate-limit/example.ts", `import { createContactRequest } from "@/lib/contact-requests/create";`, /Infrastructure knows no domain/],
    ["components/staff/Example.tsx", `import { signInAction } from "@/app/[locale]/(staff)/actions";`, /never import from app\//],
    ["components/staff/Example.tsx", `import { signInAction } from "../../app/[locale]/(staff)/actions";`, /with @\//],
  ])("refuses in %s: %s", async (file, code, message) => {
    const errors = await directionErrors(file, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it.each([
    ["lib/db/example.ts", `import { env } from "@/lib/env";\nimport { acquireLock } from "./lock";`],
    ["lib/env.ts", `import { ROLES } from "@/lib/auth/roles";`],
    ["lib/catalogue/interchange/example.ts", `import { idSchema } from "../ids";\nimport { getPrisma } from "@/lib/db/client";`],
    ["lib/commands/example.ts", `import { importCatalogue } from "@/lib/catalogue/interchange/import";\nimport { purgePersonalData } from "@/lib/contact-requests/retention";`],
    ["lib/server/example.ts", `import { handleCommand } from "@/lib/commands/handle-command";`],
    ["components/staff/Example.tsx", `import { Field } from "../form/Field";\nimport { env } from "@/lib/env";`],
    ["app/[locale]/example/page.tsx", `import { Field } from "@/components/staff/Field";\nimport { x } from "../../../lib/commands/registry";`],
  ])("allows in %s: %s", async (file, code) => {
    expect(await directionErrors(file, code)).toEqual([]);
  });
});
