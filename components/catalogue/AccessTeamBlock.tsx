import { useTranslations } from "next-intl";
import { CatalogueText } from "@/components/catalogue/CatalogueText";
import { CallLink } from "./CallLink";
import type { MunicipalityDetail } from "@/lib/catalogue/shapes/municipality";

type Props = { municipality: MunicipalityDetail; level?: 2 | 3; className?: string };

/**
 * The municipality's access team (wijkteam / Toegang) in its own block, wherever the
 * portal names it: where a resident asks the municipality for help, that it decides and
 * so is not independent, and its phone number. It is never listed as client support
 * (lib/catalogue/visibility.ts, isClientSupport).
 */
export function AccessTeamBlock({ municipality, level = 2, className = "mt-8" }: Props) {
  const t = useTranslations("AccessTeamBlock");
  const team = municipality.accessTeam;
  const Heading = level === 2 ? "h2" : "h3";
  const id = `access-team-${municipality.code}`;
  return (
    <section aria-labelledby={id} className={`${className} rounded-portal border-l-4 border-not-independent bg-surface p-4 sm:p-5`}>
      <Heading id={id} className="text-h3">
        {t("title")}
      </Heading>
      <p className="mt-2 font-bold">{team?.name ? <CatalogueText value={team.name} /> : t("teamOf", { municipality: municipality.name })}</p>
      <p className="mt-2 max-w-prose">{t("text")}</p>
      {team?.description ? <CatalogueText as="p" value={team.description} className="mt-2 max-w-prose print:hidden" /> : null}
      {team?.phone ? (
        <p className="mt-3">
          <CallLink number={team.phone} className="inline-flex min-h-11 items-center font-bold" />
        </p>
      ) : null}
      {team?.website ? (
        <p className="mt-1">
          <a href={team.website}>{t("website")}</a>
        </p>
      ) : null}
    </section>
  );
}
