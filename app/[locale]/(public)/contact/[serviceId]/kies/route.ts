import type { NextRequest } from "next/server";
import { isSameOrigin, seeOther } from "@/lib/actions/request-context";
import { parseId } from "@/lib/catalogue/ids";
import { countChoice } from "@/lib/usage/record";
import { parseAnswers } from "@/lib/vraagwijzer/answers";

/**
 * "Choose this supporter" posts here: the chosen kind is counted once (anonymously) and
 * the resident is sent on to the contact page (303), so reloading that page, or opening
 * it from a link, never counts. Only a post from the portal's own page counts.
 */
export async function POST(request: NextRequest, { params }: RouteContext<"/[locale]/contact/[serviceId]/kies">) {
  const { locale, serviceId } = await params;
  const query = request.nextUrl.searchParams;
  const answers = parseAnswers(Object.fromEntries([...new Set(query.keys())].map((key) => [key, query.getAll(key)])));
  const id = parseId(serviceId);
  if (id && answers.municipality && isSameOrigin(request.headers)) await countChoice(id, answers.municipality);
  const search = query.toString();
  return seeOther(`/${locale}/contact/${encodeURIComponent(serviceId)}${search ? `?${search}` : ""}`);
}
