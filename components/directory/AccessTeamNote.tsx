import { useTranslations } from "next-intl";
import { AccessTeamBlock } from "@/components/catalogue/AccessTeamBlock";
import type { MunicipalityDetail } from "@/lib/catalogue/shapes/municipality";
import { PageSection } from "@/components/layout/PageSection";

/** How independent support differs from the municipality's own wijkteam, with that team's block. */
export function AccessTeamNote({ municipality }: { municipality: MunicipalityDetail | undefined }) {
  const t = useTranslations("HomeIntro");
  return (
    <PageSection id="team" title={t("teamTitle")}>
      <p className="mt-3 max-w-prose">{t("team1")}</p>
      <p className="mt-3 max-w-prose">{t("team2")}</p>
      {municipality?.accessTeam ? <AccessTeamBlock municipality={municipality} level={3} className="mt-4" /> : <p className="mt-3 max-w-prose">{t("teamChoose")}</p>}
    </PageSection>
  );
}
