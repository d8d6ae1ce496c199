import { useTranslations } from "next-intl";
import { CatalogueText } from "@/components/catalogue/CatalogueText";
import { telHref } from "@/lib/catalogue/format";
import type { MunicipalityDetail } from "@/lib/catalogue/shapes/municipality";
import { PageSection } from "@/components/layout/PageSection";

/** How independent support differs from the municipality's own wijkteam, with that team's contact. */
export function AccessTeamNote({ municipality }: { municipality: MunicipalityDetail | undefined }) {
  const t = useTranslations("HomeIntro");
  const team = municipality?.accessTeam;
  return (
    <PageSection id="team" title={t("teamTitle")}>
      <p className="mt-3 max-w-prose">{t("team1")}</p>
      <p className="mt-3 max-w-prose">{t("team2")}</p>
      {municipality && team ? (
        <div className="mt-4 rounded-portal border-l-4 border-not-independent bg-surface p-4">
          <h3 className="text-h3">{team.name ? <CatalogueText value={team.name} /> : t("teamOf", { municipality: municipality.name })}</h3>
          {team.description ? <CatalogueText as="p" value={team.description} className="mt-2 max-w-prose" /> : null}
          {team.phone ? (
            <p className="mt-2">
              <a href={telHref(team.phone)}>{t("teamPhone", { phone: team.phone })}</a>
            </p>
          ) : null}
          {team.website ? (
            <p className="mt-1">
              <a href={team.website}>{t("teamWebsite")}</a>
            </p>
          ) : null}
        </div>
      ) : (
        <p className="mt-3 max-w-prose">{t("teamChoose")}</p>
      )}
    </PageSection>
  );
}
