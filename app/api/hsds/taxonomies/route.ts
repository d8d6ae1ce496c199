import { openDataAnswer, preflight } from "@/lib/open-data/api";
import { taxonomies } from "@/lib/open-data/endpoints";

export const GET = (request: Request) => openDataAnswer(request, taxonomies);
export const OPTIONS = preflight;
