import { NextResponse, type NextRequest } from "next/server";
import { getPrisma } from "@/lib/db/client";
import { completeLogin } from "@/lib/auth/oidc";
import { env } from "@/lib/env";
import { CALLBACK_PATH, PENDING_COOKIE, readPending } from "@/lib/auth/oidc-http";
import { publicOrigin } from "@/lib/http/public-origin";
import { endSessionOfToken, sessionCookie } from "@/lib/auth/session";

/** The identity provider sends the user back here with a code; on success a session starts. */
export async function GET(request: NextRequest) {
  const origin = publicOrigin(request.headers);
  const pending = readPending(request);
  const locale = pending?.locale === "en" ? "en" : "nl";
  const config = env().oidc;
  const result = config
    ? await completeLogin(await getPrisma(), config, {
        code: request.nextUrl.searchParams.get("code"),
        state: request.nextUrl.searchParams.get("state"),
        pending,
        redirectUri: origin + CALLBACK_PATH,
        userAgent: request.headers.get("user-agent"),
      })
    : ({ ok: false, reason: "failed" } as const);
  const target = result.ok ? (result.role === "editor" ? "/beheer" : "/werk") : `/inloggen?oidc=${result.reason}`;
  const response = NextResponse.redirect(new URL(`/${locale}${target}`, origin), 303);
  response.cookies.delete({ name: PENDING_COOKIE, path: "/api/auth/oidc" });
  if (result.ok) {
    // A new sign-in ends the session this browser held before.
    const cookie = sessionCookie();
    await endSessionOfToken(await getPrisma(), request.cookies.get(cookie.name)?.value);
    response.cookies.set({ ...cookie, value: result.token, expires: result.expiresAt });
  }
  return response;
}
