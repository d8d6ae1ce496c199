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
  /** For staff: the team whose handovers they see beside their own (lib/contact-requests/access.ts). */
  teamId: string | null;
  sessionId: string;
  /** A step of signing in still to take (lib/auth/pending.ts); until then only that step's page and action are open. */
  pending: PendingStep | null;
};

/** code: the second factor at sign-in; password: set a new one after an admin's reset; enrol: set up the required second factor. */
export const PENDING_STEPS = ["code", "password", "enrol"] as const;
export type PendingStep = (typeof PENDING_STEPS)[number];

/**
 * One of `roles` (the primary role or a data role an admin also holds), signed in
 * completely, or in the middle of one of the steps in `during`.
 */
export function hasRole(actor: Actor | null, roles: readonly Role[], during: readonly PendingStep[] = []): actor is Actor {
  return (
    actor !== null &&
    (roles.includes(actor.role) || actor.extraRoles.some((role) => roles.includes(role))) &&
    (actor.pending === null || during.includes(actor.pending))
  );
}
