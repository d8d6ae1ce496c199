import { createHandover } from "@/lib/handover/handover";
import { transitionRequest } from "@/lib/handover/handover";
import { markErrorReportHandled } from "@/lib/staff/error-reports";
import { saveServiceInternal } from "@/lib/catalogue/internal-notes";
import { withRole } from "./guard";
import type { Role } from "./roles";
import { endAllSessions } from "./session";
import { createUser, setUserDisabled } from "./users";

/**
 * Every protected action of the portal, each behind withRole. The server actions in
 * app/ call these through `perform`, and tests/access walks this list against every
 * role, so an action missing here is an action nobody checked.
 */
export const SIGNED_IN: readonly Role[] = ["staff", "provider", "editor", "admin"];

export const protectedActions = {
  signOutEverywhere: withRole(SIGNED_IN, async ({ actor, prisma }) => ({ ok: true as const, ended: await endAllSessions(prisma, actor.id) })),

  createHandover: withRole(["staff"], ({ actor, prisma }, input: { values: unknown; locale: string; consentText: (service: string) => string }) =>
    createHandover(prisma, actor, input.values, {
      locale: input.locale,
      consentText: input.consentText,
      serviceName: (name) => {
        const names = (name ?? {}) as Record<string, string>;
        return names[input.locale] ?? names.nl ?? "";
      },
    }),
  ),

  answerContactRequest: withRole(["provider"], ({ actor, prisma }, input: unknown) => transitionRequest(prisma, actor, input)),

  saveServiceInternal: withRole(["editor", "admin"], ({ actor, prisma }, input: unknown) => saveServiceInternal(prisma, actor.id, input)),

  markErrorReportHandled: withRole(["editor", "admin"], async ({ actor, prisma }, id: string) => ({
    ok: await markErrorReportHandled(prisma, actor.id, id),
  })),

  createUser: withRole(["admin"], ({ actor, prisma }, input: unknown) => createUser(prisma, input, actor.id)),

  setUserDisabled: withRole(["admin"], async ({ actor, prisma }, input: { userId: string; disabled: boolean }) => {
    if (input.userId === actor.id) return { ok: false as const };
    return { ok: await setUserDisabled(prisma, input.userId, input.disabled, actor.id) };
  }),
};

export type ProtectedActionName = keyof typeof protectedActions;

/** Every protected page and who may open it; tests/access checks each against every role. */
export const protectedPages: { path: string; roles: readonly Role[] }[] = [
  { path: "/werk", roles: ["staff", "editor", "admin"] },
  { path: "/werk/verbinden/[serviceId]", roles: ["staff"] },
  { path: "/werk/overdrachten", roles: ["staff", "admin"] },
  { path: "/werk/overdrachten/[id]", roles: ["staff", "admin"] },
  { path: "/werk/inbox", roles: ["provider"] },
  { path: "/werk/account", roles: SIGNED_IN },
  { path: "/beheer", roles: ["editor", "admin"] },
  { path: "/beheer/accounts", roles: ["admin"] },
  { path: "/beheer/diensten/[serviceId]", roles: ["editor", "admin"] },
  { path: "/beheer/meldingen", roles: ["editor", "admin"] },
  { path: "/beheer/cijfers", roles: ["editor", "admin"] },
];

export function pageRoles(path: string): readonly Role[] {
  const page = protectedPages.find((p) => p.path === path);
  if (!page) throw new Error(`${path} is not in protectedPages`);
  return page.roles;
}
