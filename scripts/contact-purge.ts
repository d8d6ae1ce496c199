/** `npm run contact:purge`: erases residents' personal data past RETENTION_DAYS now (the portal also does this itself). */
import { runCli, describeRoute } from "@/lib/db/cli";
import { performOperation } from "@/lib/db/owner";
import { env } from "@/lib/env";

runCli(async () => {
  const days = env().retentionDays;
  const count = await performOperation("contact.purge", { days }, { onRoute: (where) => console.log(describeRoute(where)) });
  console.log(`Erased personal data of ${String(count)} request(s) older than ${days} days / persoonsgegevens gewist.`);
  return 0;
});
