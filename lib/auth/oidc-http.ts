import type { NextRequest } from "next/server";
import { cookieIsSecure } from "./session";
import type { PendingLogin } from "./oidc";

/** The pieces of the OIDC routes that depend on the request: our own address and the pending-login cookie. */
export const PENDING_COOKIE = "portal_oidc";
export const CALLBACK_PATH = "/api/auth/oidc/callback";

export function publicOrigin(request: NextRequest): string {
  const proto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? request.nextUrl.protocol.replace(":", "");
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() ?? request.headers.get("host") ?? request.nextUrl.host;
  return `${proto}://${host}`;
}

export function pendingCookie(request: NextRequest, pending: PendingLogin) {
  return {
    name: PENDING_COOKIE,
    value: Buffer.from(JSON.stringify(pending)).toString("base64url"),
    httpOnly: true,
    sameSite: "lax" as const,
    secure: cookieIsSecure(request.headers, request.url),
    path: "/api/auth/oidc",
    maxAge: 600,
  };
}

export function readPending(request: NextRequest): PendingLogin | null {
  const raw = request.cookies.get(PENDING_COOKIE)?.value;
  if (!raw) return null;
  try {
    return JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as PendingLogin;
  } catch {
    return null;
  }
}
