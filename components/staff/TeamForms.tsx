import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/ActionForm";
import { SelectField } from "@/components/forms/SelectField";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { createTeamAction, setUserTeamAction } from "@/lib/actions/admin-actions";

type Team = { id: string; name: string };

/** A new team: its name and, when it works for one, the municipality. */
export function NewTeamForm({ municipalities }: { municipalities: ReadonlyArray<{ code: string; name: string }> }) {
  const t = useTranslations("AdminAccounts");
  const labels = { name: t("teamName"), municipalityCode: t("teamMunicipality") };
  return (
    <ActionForm action={createTeamAction} idPrefix="team-" labels={labels} className="mt-2 flex max-w-prose flex-col gap-5">
      <TextField name="name" label={labels.name} />
      <SelectField
        name="municipalityCode"
        label={labels.municipalityCode}
        emptyLabel={t("noMunicipality")}
        options={municipalities.map((m) => ({ value: m.code, label: m.name }))}
      />
      <SubmitButton>{t("createTeam")}</SubmitButton>
    </ActionForm>
  );
}

/** Puts one staff account in a team, or in none. */
export function UserTeamForm({ userId, name, teamId, teams }: { userId: string; name: string; teamId: string | null; teams: readonly Team[] }) {
  const t = useTranslations("AdminAccounts");
  return (
    <ActionForm action={setUserTeamAction} idPrefix={`team-${userId}-`} className="flex flex-col gap-2">
      <input type="hidden" name="userId" value={userId} />
      <SelectField name="teamId" label={t("teamFor", { name })} emptyLabel={t("noTeam")} options={teams.map((team) => ({ value: team.id, label: team.name }))} defaultValue={teamId ?? ""} />
      <SubmitButton variant="quiet">{t("saveTeam")}</SubmitButton>
    </ActionForm>
  );
}
