import { z } from "zod";
import { purgePersonalData } from "@/lib/contact-requests/retention";
import { parseCommandArgs, wrongCall } from "./cli-args";
import { routeText, say } from "./cli-language";
import { defineCommand } from "./command";

/**
 * `npm run contact:purge`: erases residents' personal data past RETENTION_DAYS now
 * (the portal also does this itself, every hour). Exit code 0, or 2 for a wrong call.
 */
const usage = { nl: "Gebruik: npm run contact:purge", en: "Usage: npm run contact:purge" };

export const contactPurge = defineCommand({
  payload: z.object({ days: z.number().int().min(1) }),

  run: (db, { days }) => purgePersonalData(db.prisma, days),

  async cli(argv, context) {
    const args = parseCommandArgs(argv, {}, usage, context);
    if (args.exit !== undefined) return args.exit;
    if (args.positionals.length > 0) return wrongCall(usage, args.language, context);
    const days = context.settings().retentionDays;
    const count = await context.perform({ days }, (where) => context.out(say(routeText(where), args.language)));
    const text = {
      nl: `Persoonsgegevens gewist van ${count} aanvra(a)g(en) ouder dan ${days} dagen.`,
      en: `Erased personal data of ${count} request(s) older than ${days} days.`,
    };
    context.out(say(text, args.language));
    return 0;
  },
});
