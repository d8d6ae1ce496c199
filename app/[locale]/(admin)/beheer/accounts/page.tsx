import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { AccountAccessForm } from "@/components/staff/AccountAccessForm";
import { NewAccountForm } from "@/components/staff/NewAccountForm";
import { OidcLinkForm } from "@/components/staff/OidcLinkForm";
import { ResetPasswordForm } from "@/components/staff/ResetPasswordForm";
import { StaffCell, StaffTable } from "@/components/staff/StaffTable";
import { NewTeamForm, UserTeamForm } from "@/components/staff/TeamForms";
import { accountsOverview } from "@/lib/auth/accounts";
import { pageRoles } from "@/lib/auth/protected-pages";
import { requireRole } from "@/lib/auth/request";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminAccounts"))("title") };
}

/** Accounts: who may sign in, with which role and in which team; disabling ends every session at once. */
export default async function AccountsPage() {
  const actor = await requireRole(pageRoles("/beheer/accounts"));
  const [t, tRoles, format, { users, organizations, linkRequests, teams, municipalities }] = await Promise.all([
    getTranslations("AdminAccounts"),
    getTranslations("StaffNav.roles"),
    getFormatter(),
    accountsOverview(),
  ]);
  const headers = [t("name"), t("email"), t("role"), t("team"), t("state")] as const;
  const municipalityName = new Map(municipalities.map((m) => [m.code, m.name]));
  const teamHeaders = [t("team"), t("teamMunicipality"), t("teamMembers")] as const;
  return (
    <>
      <h1 className="text-h2 sm:text-h1">{t("title")}</h1>
      <StaffTable caption={t("title")} headers={headers}>
        {users.map((u) => (
          <tr key={u.id}>
            <StaffCell label={headers[0]}>{u.name}</StaffCell>
            <StaffCell label={headers[1]}>{u.email}</StaffCell>
            <StaffCell label={headers[2]}>
              {tRoles(u.role)}
              {u.organizationName ? ` (${u.organizationName})` : ""}
              {u.extraRoles.length > 0 ? `, ${t("alsoRoles", { roles: u.extraRoles.map((role) => tRoles(role)).join(", ") })}` : ""}
            </StaffCell>
            <StaffCell label={headers[3]}>
              {u.staffWork && teams.length > 0 ? <UserTeamForm userId={u.id} name={u.name} teamId={u.teamId} teams={teams} /> : (u.teamName ?? "–")}
            </StaffCell>
            <StaffCell label={headers[4]}>
              {u.disabledAt ? t("disabled") : t("active")}
              {u.id !== actor.id ? (
                <>
                  <AccountAccessForm userId={u.id} email={u.email} disabled={u.disabledAt !== null} />
                  <ResetPasswordForm userId={u.id} email={u.email} />
                </>
              ) : null}
            </StaffCell>
          </tr>
        ))}
      </StaffTable>
      {linkRequests.length > 0 ? (
        <>
          <h2 className="mt-8 text-h3">{t("linksTitle")}</h2>
          <p className="mt-2 max-w-prose">{t("linksIntro")}</p>
          <ul className="mt-4 space-y-4">
            {linkRequests.map((link) => (
              <li key={link.userId}>
                <p>
                  {link.name} ({link.email}). {t("linkRequested", { date: format.dateTime(link.createdAt, { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Amsterdam" }) })}
                </p>
                <OidcLinkForm userId={link.userId} email={link.email} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2 className="mt-8 text-h3">{t("teamsTitle")}</h2>
      <p className="mt-2 max-w-prose">{t("teamsIntro")}</p>
      {teams.length === 0 ? (
        <p className="mt-4">{t("teamsEmpty")}</p>
      ) : (
        <StaffTable caption={t("teamsTitle")} headers={teamHeaders} className="mt-4">
          {teams.map((team) => (
            <tr key={team.id}>
              <StaffCell label={teamHeaders[0]}>{team.name}</StaffCell>
              <StaffCell label={teamHeaders[1]}>{team.municipalityCode ? (municipalityName.get(team.municipalityCode) ?? team.municipalityCode) : t("noMunicipality")}</StaffCell>
              <StaffCell label={teamHeaders[2]}>{t("teamMembersCount", { count: team.members })}</StaffCell>
            </tr>
          ))}
        </StaffTable>
      )}
      <h3 className="mt-6 text-lg font-bold">{t("newTeamTitle")}</h3>
      <NewTeamForm municipalities={municipalities} />
      <h2 className="mt-8 text-h3">{t("newTitle")}</h2>
      <NewAccountForm organizations={organizations} teams={teams} />
    </>
  );
}
