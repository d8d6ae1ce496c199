import { z } from "zod";
import { parseCommandArgs, wrongCall } from "./cli-args";
import { routeText, say } from "./cli-language";
import { defineCommand } from "./command";
import type { Route } from "@/lib/db/owner";

/**
 * `npm run db:migrate`: migrations are applied whenever the database is opened, so this
 * opens it (or asks the running portal, which applied them when it started) and says
 * what was applied.
 */
const usage = { nl: "Gebruik: npm run db:migrate", en: "Usage: npm run db:migrate" };

export const dbStatus = defineCommand({
  payload: z.null(),

  async run(db) {
    const rows = await db.prisma.$queryRaw<{ migration_name: string }[]>`
      select migration_name from _prisma_migrations where finished_at is not null order by migration_name`;
    return { migrations: rows.map((r) => r.migration_name), appliedOnOpen: db.appliedMigrations };
  },

  async cli(argv, context) {
    const args = parseCommandArgs(argv, {}, usage, context);
    if (args.exit !== undefined) return args.exit;
    const { language } = args;
    if (args.positionals.length > 0) return wrongCall(usage, language, context);
    const seen: { route: Route } = { route: "here" };
    const status = await context.perform(null, (where) => {
      seen.route = where;
      context.out(say(routeText(where), language));
    });
    const list = (names: string[]) => names.join(", ");
    const text =
      seen.route !== "here"
        ? { nl: `Toegepaste migraties: ${list(status.migrations) || "geen"}.`, en: `Applied migrations: ${list(status.migrations) || "none"}.` }
        : status.appliedOnOpen.length > 0
          ? { nl: `Nu toegepast: ${list(status.appliedOnOpen)}.`, en: `Applied now: ${list(status.appliedOnOpen)}.` }
          : { nl: "De database is bijgewerkt: geen migratie toe te passen.", en: "The database is up to date: no migration to apply." };
    context.out(say(text, language));
    return 0;
  },
});
