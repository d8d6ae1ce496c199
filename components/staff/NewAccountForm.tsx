import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/ActionForm";
import { ChoiceGroup } from "@/components/forms/ChoiceGroup";
import { SelectField } from "@/components/forms/SelectField";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { createUserAction } from "@/lib/actions/admin-actions";
import { DATA_ROLES, ROLES } from "@/lib/auth/roles";

/** A new account: staff (in a team), provider (of one organization), editor or admin. After a refused submit every field but the password shows what was typed. */
export function NewAccountForm({ organizations, teams }: { organizations: ReadonlyArray<{ id: string; name: string }>; teams: ReadonlyArray<{ id: string; name: string }> }) {
  const t = useTranslations("AdminAccounts");
  const tRoles = useTranslations("StaffNav.roles");
  const labels = { name: t("name"), email: t("email"), role: t("role"), organizationId: t("organization"), teamId: t("team"), extraRoles: t("extraRoles"), password: t("password") };
  return (
    <ActionForm action={createUserAction} idPrefix="new-" labels={labels} className="mt-2 flex max-w-prose flex-col gap-5">
      <TextField name="name" label={labels.name} />
      <TextField name="email" type="email" label={labels.email} />
      <SelectField name="role" label={labels.role} options={ROLES.map((role) => ({ value: role, label: tRoles(role) }))} defaultValue="staff" />
      <SelectField
        name="organizationId"
        label={labels.organizationId}
        hint={t("organizationHint")}
        emptyLabel={t("noOrganization")}
        options={organizations.map((o) => ({ value: o.id, label: o.name }))}
      />
      <SelectField name="teamId" label={labels.teamId} hint={t("teamHint")} emptyLabel={t("noTeam")} options={teams.map((team) => ({ value: team.id, label: team.name }))} />
      <ChoiceGroup
        name="extraRoles"
        type="checkbox"
        legend={labels.extraRoles}
        hint={t("extraRolesHint")}
        options={DATA_ROLES.map((role) => ({ value: role, label: tRoles(role) }))}
        checked={[]}
      />
      <TextField name="password" type="password" label={labels.password} hint={t("passwordHint")} autoComplete="new-password" />
      <SubmitButton>{t("create")}</SubmitButton>
    </ActionForm>
  );
}
