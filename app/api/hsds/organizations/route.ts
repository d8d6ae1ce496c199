import { openDataAnswer, preflight } from "@/lib/open-data/api";
import { organizations } from "@/lib/open-data/endpoints";

export const GET = (request: Request) => openDataAnswer(request, organizations);
export const OPTIONS = preflight;
