import "server-only";
import { publishedCatalogue } from "@/lib/catalogue/queries";
import { todayInAmsterdam } from "@/lib/catalogue/format";
import { getPrisma } from "@/lib/db/client";
import { env, OPEN_DATA_LICENCES, type OpenDataLicence } from "@/lib/env";

/** The licence as a data package names it (also in the API's root and the JSON download). */
export function openDataLicence(): { name: OpenDataLicence; title: string; path: string } {
  const id = env().openDataLicence;
  return { name: id, title: OPEN_DATA_LICENCES[id].title, path: OPEN_DATA_LICENCES[id].url };
}

/** What the open-data page shows: how much is published, when it last changed (YYYY-MM-DD, Dutch time), the licence. */
export type OpenDataSummary = { services: number; changedOn: string; licence: ReturnType<typeof openDataLicence> };

export async function openDataSummary(): Promise<OpenDataSummary> {
  const published = await publishedCatalogue(await getPrisma());
  return { services: published.stored.services.length, changedOn: todayInAmsterdam(published.changedAt), licence: openDataLicence() };
}
