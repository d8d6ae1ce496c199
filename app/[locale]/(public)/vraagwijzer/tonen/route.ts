import type { NextRequest } from "next/server";
import { formFields } from "@/lib/actions/form-input";
import { clientAddress, notFound, routeLocale, seeOther } from "@/lib/actions/request-context";
import { isSameOrigin } from "@/lib/http/public-origin";
import { readFormWithin } from "@/lib/http/request-body";
import { countSuggestions } from "@/lib/usage/count-suggestions";
import { answersQuery, parseAnswers } from "@/lib/vraagwijzer/answers";

/**
 * The vraagwijzer's last step posts here: asking for suggestions is counted once per visit
 * (anonymously, lib/usage/visit.ts) and the resident is sent on to the suggestions page (303). Showing or
 * reloading that page, or opening the summary's link to it, never counts.
 * The address it sends to is built from checked parts only (no open redirect).
 */
export async function POST(request: NextRequest, { params }: RouteContext<"/[locale]/vraagwijzer/tonen">) {
  const locale = routeLocale((await params).locale);
  if (!locale) return notFound();
  const form = await readFormWithin(request);
  if (form instanceof Response) return form;
  const answers = parseAnswers(formFields(form));
  if (isSameOrigin(request.headers)) await countSuggestions(answers, clientAddress(request.headers));
  return seeOther(`/${locale}/vraagwijzer/suggesties${answersQuery(answers)}`);
}
