import type { OidcConfig } from "@/lib/env";
import type { Role } from "./roles";

/**
 * The role an identity provider grants: one claim (OIDC_ROLE_CLAIM), mapped by
 * OIDC_ROLE_MAP, e.g. `wijkteam=staff,beleid=editor,ict=admin` (read in lib/env.ts).
 * The highest role wins; providers need an organization, so they are made by an admin instead.
 */
export function roleFromClaims(claims: Record<string, unknown>, config: Pick<OidcConfig, "roleClaim" | "roleMap">): Role | null {
  const raw = claims[config.roleClaim];
  const values = Array.isArray(raw) ? raw : typeof raw === "string" ? raw.split(/[ ,]+/) : [];
  const granted = values.map((v) => config.roleMap.get(String(v))).filter((r): r is Role => r !== undefined && r !== "provider");
  for (const role of ["admin", "editor", "staff"] as const) if (granted.includes(role)) return role;
  return null;
}
