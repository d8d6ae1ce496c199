import { ConfigError } from "@/lib/env";
import { ROLES, type Role } from "./roles";

/**
 * Sign-in through the municipality's own identity provider (OpenID Connect: Entra ID,
 * Keycloak, …), switched on by OIDC_ISSUER. Roles come from one claim, mapped by
 * OIDC_ROLE_MAP, e.g. `wijkteam=staff,beleid=editor,ict=admin`.
 */
export type OidcConfig = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  roleClaim: string;
  roleMap: Map<string, Role>;
};

export function parseRoleMap(value: string): Map<string, Role> {
  const map = new Map<string, Role>();
  for (const pair of value.split(",").map((p) => p.trim()).filter(Boolean)) {
    const [claim, role] = pair.split("=").map((p) => p?.trim());
    if (!claim || !role || !(ROLES as readonly string[]).includes(role)) {
      throw new ConfigError("OIDC_ROLE_MAP", `OIDC_ROLE_MAP must look like "wijkteam=staff,beleid=editor" with roles ${ROLES.join(", ")}; "${pair}" is not.`);
    }
    map.set(claim, role as Role);
  }
  return map;
}

export function oidcConfig(source: Record<string, string | undefined> = process.env): OidcConfig | null {
  const issuer = source.OIDC_ISSUER?.trim();
  if (!issuer) return null;
  const clientId = source.OIDC_CLIENT_ID?.trim();
  const clientSecret = source.OIDC_CLIENT_SECRET?.trim();
  if (!clientId) throw new ConfigError("OIDC_CLIENT_ID", "OIDC_ISSUER is set, so OIDC_CLIENT_ID must be set too.");
  if (!clientSecret) throw new ConfigError("OIDC_CLIENT_SECRET", "OIDC_ISSUER is set, so OIDC_CLIENT_SECRET must be set too.");
  const roleMap = parseRoleMap(source.OIDC_ROLE_MAP ?? "");
  if (roleMap.size === 0) throw new ConfigError("OIDC_ROLE_MAP", "OIDC_ISSUER is set, so OIDC_ROLE_MAP must name at least one role, e.g. wijkteam=staff.");
  return { issuer: issuer.replace(/\/$/, ""), clientId, clientSecret, roleClaim: source.OIDC_ROLE_CLAIM?.trim() || "roles", roleMap };
}

/** The highest role the claim grants; providers need an organisation, so they are made by an admin instead. */
export function roleFromClaims(claims: Record<string, unknown>, config: Pick<OidcConfig, "roleClaim" | "roleMap">): Role | null {
  const raw = claims[config.roleClaim];
  const values = Array.isArray(raw) ? raw : typeof raw === "string" ? raw.split(/[ ,]+/) : [];
  const granted = values.map((v) => config.roleMap.get(String(v))).filter((r): r is Role => r !== undefined && r !== "provider");
  for (const role of ["admin", "editor", "staff"] as const) if (granted.includes(role)) return role;
  return null;
}
