import { openDataAnswer, preflight } from "@/lib/open-data/api";
import { catalogueDocument } from "@/lib/open-data/endpoints";

/** Download: the published catalogue in the profile's format (hsds-nl-clientondersteuning/1). */
export const GET = (request: Request) => openDataAnswer(request, catalogueDocument);
export const OPTIONS = preflight;
