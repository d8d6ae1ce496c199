import { openDataAnswer, preflight } from "@/lib/open-data/api";
import { serviceAtLocations } from "@/lib/open-data/endpoints";

export const GET = (request: Request) => openDataAnswer(request, serviceAtLocations);
export const OPTIONS = preflight;
