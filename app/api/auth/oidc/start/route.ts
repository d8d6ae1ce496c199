import { NextResponse, type NextRequest } from "next/server";
import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { startLogin } from "@/lib/auth/oidc";
import { env } from "@/lib/env";
import { CALLBACK_PATH, pendingCookie } from "@/lib/auth/oidc-http";
import { publicOrigin } from "@/lib/http/public-origin";

/** Sends the user to the municipality's identity provider (public: this is how one signs in). */
export async function GET(request: NextRequest) {
  const requested = request.nextUrl.searchParams.get("locale");
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const config = env().oidc;
  if (!config) return NextResponse.redirect(new URL(`/${locale}/inloggen`, publicOrigin(request.headers)));
  const { url, pending } = await startLogin(config, publicOrigin(request.headers) + CALLBACK_PATH, locale);
  const response = NextResponse.redirect(url);
  response.cookies.set(pendingCookie(pending));
  return response;
}
