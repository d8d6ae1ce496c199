import { openDataAnswer, preflight } from "@/lib/open-data/api";
import { organization } from "@/lib/open-data/endpoints";

export async function GET(request: Request, { params }: RouteContext<"/api/hsds/organizations/[id]">) {
  const { id } = await params;
  return openDataAnswer(request, (work) => organization(work, id));
}
export const OPTIONS = preflight;
