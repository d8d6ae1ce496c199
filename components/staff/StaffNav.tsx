import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/ActionForm";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { signOutAction } from "@/lib/actions/staff-actions";
import { pageRoles } from "@/lib/auth/protected-pages";
import { hasRole, type Actor } from "@/lib/auth/roles";
import { StaffNavLinks } from "./StaffNavLinks";

/** Navigation for signed-in users: only the places their role may open. It sits before `main` (StaffArea), a landmark of its own. */
export function StaffNav({ actor }: { actor: Actor }) {
  const t = useTranslations("StaffNav");
  const tAvailability = useTranslations("AvailabilityList");
  const links: { href: string; label: string }[] = [];
  // In the middle of signing in (a code, a new password, the second factor to set up) only signing out is offered.
  if (actor.pending) return <SignOutOnly label={t("label")} signOut={t("signOut")} />;
  const may = (path: string) => hasRole(actor, pageRoles(path));
  if (may("/werk")) links.push({ href: "/werk", label: t("lookup") });
  if (may("/werk/overdrachten")) links.push({ href: "/werk/overdrachten", label: t("handovers") });
  if (may("/werk/inbox")) links.push({ href: "/werk/inbox", label: t("inbox") });
  if (may("/werk/aanbod")) links.push({ href: "/werk/aanbod", label: tAvailability("nav") });
  if (may("/beheer")) links.push({ href: "/beheer", label: t("admin") });
  links.push({ href: "/werk/account", label: t("account") });
  return (
    <nav aria-label={t("label")} className="border-b-2 border-line bg-surface">
      <div className="mx-auto flex w-full max-w-page flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <StaffNavLinks links={links} />
        <p className="text-sm text-ink-secondary">{t("signedInAs", { name: actor.name, role: t(`roles.${actor.role}`) })}</p>
        <ActionForm action={signOutAction} idPrefix="sign-out-" className="flex items-center">
          <SubmitButton variant="quiet">{t("signOut")}</SubmitButton>
        </ActionForm>
      </div>
    </nav>
  );
}

function SignOutOnly({ label, signOut }: { label: string; signOut: string }) {
  return (
    <nav aria-label={label} className="border-b-2 border-line bg-surface">
      <div className="mx-auto flex w-full max-w-page px-4 py-3">
        <ActionForm action={signOutAction} idPrefix="sign-out-" className="flex items-center">
          <SubmitButton variant="quiet">{signOut}</SubmitButton>
        </ActionForm>
      </div>
    </nav>
  );
}
