import type { Role } from "./roles";

/**
 * Every protected page and who may open it. Each page asks requireRole for its own entry;
 * tests/access checks that statically and tests/e2e/staff-access.spec.ts over HTTP. The
 * protected actions are listed in lib/actions/access.ts.
 */
/**
 * Least privilege: pages and actions that show residents' personal data (handovers, the
 * inbox, error reports with their messages and e-mail addresses) never list "admin"; an
 * admin who does that work also holds a data role (User.extraRoles, lib/auth/roles.ts).
 */
export const SIGNED_IN: readonly Role[] = ["staff", "provider", "editor", "admin"];

export const protectedPages: { path: string; roles: readonly Role[] }[] = [
  { path: "/werk", roles: ["staff", "editor", "admin"] },
  { path: "/werk/verbinden/[serviceId]", roles: ["staff"] },
  { path: "/werk/overdrachten", roles: ["staff"] },
  { path: "/werk/overdrachten/[id]", roles: ["staff"] },
  { path: "/werk/inbox", roles: ["provider"] },
  { path: "/werk/inbox/[id]", roles: ["provider"] },
  { path: "/werk/account", roles: SIGNED_IN },
  { path: "/werk/account/tweede-stap", roles: SIGNED_IN },
  { path: "/beheer", roles: ["editor", "admin"] },
  { path: "/beheer/accounts", roles: ["admin"] },
  { path: "/beheer/logboek", roles: ["admin"] },
  { path: "/beheer/diensten/[serviceId]", roles: ["editor", "admin"] },
  { path: "/beheer/gemeenten", roles: ["editor", "admin"] },
  { path: "/beheer/gemeenten/nieuw", roles: ["editor", "admin"] },
  { path: "/beheer/gemeenten/[code]", roles: ["editor", "admin"] },
  { path: "/beheer/meldingen", roles: ["editor"] },
  { path: "/beheer/cijfers", roles: ["editor", "admin"] },
  { path: "/beheer/import", roles: ["editor", "admin"] },
  { path: "/beheer/import/[token]", roles: ["editor", "admin"] },
];

export function pageRoles(path: string): readonly Role[] {
  const page = protectedPages.find((p) => p.path === path);
  if (!page) throw new Error(`${path} is not in protectedPages`);
  return page.roles;
}
