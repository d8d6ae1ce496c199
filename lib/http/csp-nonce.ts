import "server-only";
import { headers } from "next/headers";

/** This request's script nonce (proxy.ts puts the policy on the request), for an inline script of our own. */
export async function scriptNonce(): Promise<string | undefined> {
  const policy = (await headers()).get("content-security-policy") ?? "";
  return /'nonce-([^']+)'/.exec(policy)?.[1];
}
