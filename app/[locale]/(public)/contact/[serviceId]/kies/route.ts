import { NextResponse, type NextRequest } from "next/server";
import { countChoice } from "@/lib/usage/record";
import { parseAnswers } from "@/lib/vraagwijzer/answers";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * "Choose this supporter": counts the chosen kind once (anonymously) and sends the
 * resident on to the contact page, so reloading that page never counts again.
 */
export async function GET(request: NextRequest, { params }: RouteContext<"/[locale]/contact/[serviceId]/kies">) {
  const { locale, serviceId } = await params;
  const query = request.nextUrl.searchParams;
  const answers = parseAnswers(Object.fromEntries([...new Set(query.keys())].map((key) => [key, query.getAll(key)])));
  if (UUID.test(serviceId) && answers.municipality) await countChoice(serviceId, answers.municipality);
  const target = new URL(`/${locale}/contact/${encodeURIComponent(serviceId)}`, request.nextUrl);
  target.search = query.toString();
  return NextResponse.redirect(target, 303);
}
