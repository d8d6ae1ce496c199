import { openDataAnswer, preflight } from "@/lib/open-data/api";
import { taxonomyTerm } from "@/lib/open-data/endpoints";

export async function GET(request: Request, { params }: RouteContext<"/api/hsds/taxonomy_terms/[id]">) {
  const { id } = await params;
  return openDataAnswer(request, (work) => taxonomyTerm(work, id));
}
export const OPTIONS = preflight;
