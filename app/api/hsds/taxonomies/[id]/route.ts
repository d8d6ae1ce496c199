import { openDataAnswer, preflight } from "@/lib/open-data/api";
import { taxonomy } from "@/lib/open-data/endpoints";

export async function GET(request: Request, { params }: RouteContext<"/api/hsds/taxonomies/[id]">) {
  const { id } = await params;
  return openDataAnswer(request, (work) => taxonomy(work, id));
}
export const OPTIONS = preflight;
