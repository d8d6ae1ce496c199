import type { NextRequest } from "next/server";
import { formFields } from "@/lib/actions/form-input";
import { clientAddress, notFound, routeLocale, seeOther } from "@/lib/actions/request-context";
import { isSameOrigin } from "@/lib/http/public-origin";
import { parseId } from "@/lib/catalogue/ids";
import { declaredTooLarge } from "@/lib/http/request-body";
import { countChoice } from "@/lib/usage/record";
import { answersQuery, parseAnswers } from "@/lib/vraagwijzer/answers";

/**
 * "Choose this supporter" posts here: the chosen kind is counted once per visit (anonymously) and
 * the resident is sent on to the contact page (303), so reloading that page, or opening
 * it from a link, never counts. Only a post from the portal's own page counts.
 * The address it sends to is built from checked parts only (no open redirect).
 */
export async function POST(request: NextRequest, { params }: RouteContext<"/[locale]/contact/[serviceId]/kies">) {
  const { locale: rawLocale, serviceId } = await params;
  const locale = routeLocale(rawLocale);
  const id = parseId(serviceId);
  if (!locale || !id) return notFound();
  // Its form has no fields; the body is never read, and a large one is refused.
  if (declaredTooLarge(request.headers)) return new Response(null, { status: 413 });
  const query = request.nextUrl.searchParams;
  const answers = parseAnswers(formFields(query));
  if (answers.municipality && isSameOrigin(request.headers)) await countChoice(id, answers.municipality, clientAddress(request.headers));
  const supporter = parseId(query.get("ondersteuner"));
  return seeOther(`/${locale}/contact/${id}${answersQuery(answers, supporter ? { ondersteuner: supporter } : {})}`);
}
