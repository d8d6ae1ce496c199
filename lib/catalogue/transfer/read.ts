import "server-only";
import { dutchDay } from "@/lib/calendar/working-days";
import { getPrisma } from "@/lib/db/client";
import { exportCatalogue } from "../interchange/export";
import { stageImport, stagedImport, type Upload } from "./browser-import";

/** What the import and export pages and their route handlers call: each opens the process's database client. */
export async function findStagedImport(token: string) {
  return stagedImport(await getPrisma(), token);
}

export async function stageUploadedCatalogue(upload: Upload, uploadedBy: string) {
  return stageImport(await getPrisma(), upload, uploadedBy);
}

/** The published catalogue as one JSON file, and the Dutch day for its name. */
export async function catalogueDownload(now = new Date()): Promise<{ text: string; day: string }> {
  const document = await exportCatalogue(await getPrisma());
  return { text: JSON.stringify(document, null, 2), day: dutchDay(now) };
}
