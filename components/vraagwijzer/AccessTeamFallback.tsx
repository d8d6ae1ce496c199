import { useTranslations } from "next-intl";
import type { MunicipalityDetail as MunicipalityInfo } from "@/lib/catalogue/shapes/municipality";
import { telHref } from "@/lib/catalogue/format";

/** The municipality's own team, for when little or nothing fits: named honestly as not independent. */
export function AccessTeamFallback({ municipality }: { municipality: MunicipalityInfo }) {
  const t = useTranslations("VraagwijzerResults");
  const team = municipality.accessTeam;
  if (!team?.name) return null;
  return (
    <section aria-labelledby="access-team" className="mt-8 rounded-portal bg-surface p-4 sm:p-5">
      <h2 id="access-team" className="text-h3">
        {t("accessTeamTitle")}
      </h2>
      <p className="mt-2 max-w-prose">{t("accessTeamText", { team: team.name.text })}</p>
      {team.phone ? (
        <p className="mt-2">
          <a href={telHref(team.phone)} className="font-bold">
            {t("call", { phone: team.phone })}
          </a>
        </p>
      ) : null}
    </section>
  );
}
