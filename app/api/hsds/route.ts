import { openDataAnswer, preflight } from "@/lib/open-data/api";
import { root } from "@/lib/open-data/endpoints";

/** HSDS 3.0: the API's version, profile and OpenAPI document. */
export const GET = (request: Request) => openDataAnswer(request, root);
export const OPTIONS = preflight;
