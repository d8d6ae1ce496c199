import { openDataAnswer, preflight } from "@/lib/open-data/api";
import { serviceAtLocation } from "@/lib/open-data/endpoints";

export async function GET(request: Request, { params }: RouteContext<"/api/hsds/service_at_locations/[id]">) {
  const { id } = await params;
  return openDataAnswer(request, (work) => serviceAtLocation(work, id));
}
export const OPTIONS = preflight;
