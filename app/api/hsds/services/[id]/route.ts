import { openDataAnswer, preflight } from "@/lib/open-data/api";
import { service } from "@/lib/open-data/endpoints";

export async function GET(request: Request, { params }: RouteContext<"/api/hsds/services/[id]">) {
  const { id } = await params;
  return openDataAnswer(request, (work) => service(work, id));
}
export const OPTIONS = preflight;
