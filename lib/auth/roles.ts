/** The roles of signed-in users; residents never sign in. */
export const ROLES = ["staff", "provider", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

/**
 * Least privilege: the admin role manages accounts and settings but reads no resident's
 * personal data. An admin who also does that work holds one of these data roles as well.
 */
export const DATA_ROLES = ["staff", "editor"] as const satisfies readonly Role[];
export type DataRole = (typeof DATA_ROLES)[number];

/** Who is acting: a signed-in user, or null for an anonymous visitor. */
export type Actor = {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** Data roles an admin also holds (DATA_ROLES); empty for everyone else. */
  extraRoles: readonly Role[];
  /** For providers: the organization whose inbox they handle. */
  organizationId: string | null;
  sessionId: string;
};

export function hasRole(actor: Actor | null, roles: readonly Role[]): actor is Actor {
  return actor !== null && (roles.includes(actor.role) || actor.extraRoles.some((role) => roles.includes(role)));
}
