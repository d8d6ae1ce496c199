import { openDataAnswer, preflight } from "@/lib/open-data/api";
import { taxonomyTerms } from "@/lib/open-data/endpoints";

export const GET = (request: Request) => openDataAnswer(request, taxonomyTerms);
export const OPTIONS = preflight;
