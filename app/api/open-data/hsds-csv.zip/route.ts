import { openDataAnswer, preflight } from "@/lib/open-data/api";
import { tabular } from "@/lib/open-data/endpoints";

/** Download: the published catalogue as HSDS tabular data (CSV files and datapackage.json, zipped). */
export const GET = (request: Request) => openDataAnswer(request, tabular);
export const OPTIONS = preflight;
