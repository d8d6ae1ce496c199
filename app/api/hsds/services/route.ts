import { openDataAnswer, preflight } from "@/lib/open-data/api";
import { services } from "@/lib/open-data/endpoints";

export const GET = (request: Request) => openDataAnswer(request, services);
export const OPTIONS = preflight;
