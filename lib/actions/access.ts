import { withRole } from "@/lib/auth/guard";
import { SIGNED_IN } from "@/lib/auth/protected-pages";
import { changeOwnPassword, resetPassword } from "@/lib/auth/password-change";
import { confirmEnrolment, renewRecoveryCodes } from "@/lib/auth/second-factor";
import { securityEvent } from "@/lib/auth/security-events";
import { endAllSessions } from "@/lib/auth/session";
import { decideLink } from "@/lib/auth/oidc-links";
import { setMailNotices } from "@/lib/auth/mail-notices";
import { createTeam, setUserTeam } from "@/lib/auth/teams";
import { createUser, setUserDisabled } from "@/lib/auth/users";
import { createContactRequest } from "@/lib/contact-requests/create";
import { takeOverHandover } from "@/lib/contact-requests/take-over";
import { answerContactRequest, assignSupporter } from "@/lib/contact-requests/transitions";
import { handleErrorReport } from "@/lib/error-reports/review";
import { markServiceChecked } from "@/lib/catalogue/editing/freshness-check";
import { saveServiceInternal } from "@/lib/catalogue/internal-notes";
import { discardEditorDraft, publishEditorDraft, saveEditorDraft, type EditorPost } from "@/lib/catalogue/editing/edit-form";
import type { PostedFields } from "@/lib/catalogue/editing/form-record";
import { restoreFromForm } from "@/lib/catalogue/editing/restore";
import { retireFromForm } from "@/lib/catalogue/editing/retire";
import { applyStagedImport, cancelStagedImport, type ApplyInput } from "@/lib/catalogue/transfer/browser-import";
import { changeAvailability } from "@/lib/catalogue/editing/availability";
import { proposeServiceChange } from "@/lib/catalogue/editing/provider-proposal";

/**
 * The access registry: every role-guarded action of the portal, each behind withRole.
 * The server actions (lib/actions/*-actions.ts) are built from these entries with
 * roleAction, and tests/access walks this list against every role and an anonymous
 * visitor, so an action missing here is an action nobody checked.
 */
export const roleActions = {
  signOutEverywhere: withRole(SIGNED_IN, async ({ actor, prisma }) => {
    const ended = await endAllSessions(prisma, actor.id);
    await securityEvent(prisma, { action: "sign-out.everywhere", userId: actor.id, details: { sessions: ended } });
    return { ok: true as const, ended };
  }),

  // Open while a reset password must be replaced, or the required second factor set up.
  changeOwnPassword: withRole(SIGNED_IN, ({ actor, prisma }, input: { current: string; next: string; repeat: string }) => changeOwnPassword(prisma, actor, input), ["password", "enrol"]),

  confirmSecondFactor: withRole(SIGNED_IN, ({ actor, prisma }, code: string) => confirmEnrolment(prisma, actor, code), ["enrol"]),

  renewRecoveryCodes: withRole(SIGNED_IN, ({ actor, prisma }) => renewRecoveryCodes(prisma, actor)),

  createHandover: withRole(["staff"], ({ actor, prisma }, input: { values: unknown; locale: string; consentText: (service: string) => string }) =>
    createContactRequest(prisma, { origin: "staff", actor }, input.values, { locale: input.locale, consentText: input.consentText }),
  ),

  // A provider's own choice: also a mail on every new request for their organization.
  setMailNotices: withRole(["provider"], async ({ actor, prisma }, on: boolean) => {
    await setMailNotices(prisma, actor.id, on);
    return { ok: true as const, on };
  }),
  // Only a colleague of the same team (take-over.ts); a provider never.
  takeOverHandover: withRole(["staff"], ({ actor, prisma }, input: unknown) => takeOverHandover(prisma, actor, input)),

  answerContactRequest: withRole(["provider"], ({ actor, prisma }, input: unknown) => answerContactRequest(prisma, actor, input)),

  assignSupporter: withRole(["provider"], ({ actor, prisma }, input: unknown) => assignSupporter(prisma, actor, input)),

  // The catalogue is no one's personal data: editors keep it, and admins may too.
  saveCatalogueDraft: withRole(["editor", "admin"], ({ actor, prisma }, post: EditorPost) => saveEditorDraft(prisma, actor, post.fields, post.files)),
  publishCatalogueDraft: withRole(["editor", "admin"], ({ actor, prisma }, fields: PostedFields) => publishEditorDraft(prisma, actor, fields)),
  discardCatalogueDraft: withRole(["editor", "admin"], ({ prisma }, fields: PostedFields) => discardEditorDraft(prisma, fields)),
  // An earlier version back as a new draft; a service made defunct (never deleted).
  restoreCatalogueVersion: withRole(["editor", "admin"], ({ actor, prisma }, fields: PostedFields) => restoreFromForm(prisma, actor.id, fields)),
  retireService: withRole(["editor", "admin"], ({ actor, prisma }, fields: PostedFields) =>
    retireFromForm(prisma, { origin: "editor", userId: actor.id, userName: actor.name }, fields),
  ),

  // Only for a service of the provider's own organization: checked by id inside, for every request.
  changeAvailability: withRole(["provider"], ({ actor, prisma }, input: unknown) => changeAvailability(prisma, actor, input)),

  proposeServiceChange: withRole(["provider"], ({ actor, prisma }, input: { serviceId: string; draftVersion: string; recordVersion: string; values: Record<string, string> }) =>
    proposeServiceChange(prisma, actor, input),
  ),

  saveServiceInternal: withRole(["editor", "admin"], ({ actor, prisma }, input: unknown) => saveServiceInternal(prisma, actor.id, input)),

  // A catalogue file uploaded and previewed on /beheer/import (the upload is a route handler with the same roles).
  applyCatalogueImport: withRole(["editor", "admin"], ({ actor, prisma }, input: ApplyInput) =>
    applyStagedImport(prisma, input, { origin: "import", userId: actor.id, userName: actor.name }),
  ),

  cancelCatalogueImport: withRole(["editor", "admin"], async (_context, token: string) => {
    await cancelStagedImport(token);
    return { ok: true as const };
  }),

  // Error reports hold a resident's words and perhaps an e-mail address: editors only, never the admin role alone.
  handleErrorReport: withRole(["editor"], ({ actor, prisma }, input: unknown) => handleErrorReport(prisma, actor.id, input)),

  // "Gecontroleerd, klopt nog": the check date and the editor's e-mail address go into the published catalogue.
  markServiceChecked: withRole(["editor", "admin"], ({ actor, prisma }, input: unknown) =>
    markServiceChecked(prisma, { id: actor.id, email: actor.email, name: actor.name }, input),
  ),

  createUser: withRole(["admin"], ({ actor, prisma }, input: unknown) => createUser(prisma, input, actor.id)),

  createTeam: withRole(["admin"], ({ actor, prisma }, input: unknown) => createTeam(prisma, input, actor.id)),

  setUserTeam: withRole(["admin"], async ({ actor, prisma }, input: { userId: string; teamId: string | null }) => ({
    ok: await setUserTeam(prisma, input, actor.id),
  })),

  resetPassword: withRole(["admin"], ({ actor, prisma }, userId: string) => resetPassword(prisma, actor.id, userId)),

  setUserDisabled: withRole(["admin"], async ({ actor, prisma }, input: { userId: string; disabled: boolean }) => {
    if (input.userId === actor.id) return { ok: false as const };
    return { ok: await setUserDisabled(prisma, input.userId, input.disabled, actor.id) };
  }),

  decideOidcLink: withRole(["admin"], async ({ actor, prisma }, input: { userId: string; approve: boolean }) => ({
    ok: await decideLink(prisma, input.userId, input.approve, actor.id),
  })),
};

export type RoleActionName = keyof typeof roleActions;
