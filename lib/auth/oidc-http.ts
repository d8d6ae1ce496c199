import type { NextRequest } from "next/server";
import { servedOverHttps } from "@/lib/http/public-origin";
import type { PendingLogin } from "./oidc";

/** The pieces of the OIDC routes that depend on the request: the pending-login cookie (our own address: lib/http/public-origin.ts). */
export const PENDING_COOKIE = "portal_oidc";
export const CALLBACK_PATH = "/api/auth/oidc/callback";

export function pendingCookie(pending: PendingLogin) {
  return {
    name: PENDING_COOKIE,
    value: Buffer.from(JSON.stringify(pending)).toString("base64url"),
    httpOnly: true,
    sameSite: "lax" as const,
    secure: servedOverHttps(),
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
