/** The roles of signed-in users; residents never sign in. */
export const ROLES = ["staff", "provider", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** Who is acting: a signed-in user, or null for an anonymous visitor. */
export type Actor = {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** For providers: the organization whose inbox they handle. */
  organizationId: string | null;
  sessionId: string;
};

export function hasRole(actor: Actor | null, roles: readonly Role[]): actor is Actor {
  return actor !== null && roles.includes(actor.role);
}
