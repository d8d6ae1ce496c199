import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { MunicipalityDetail as MunicipalityInfo } from "@/lib/catalogue/shapes/municipality";
import { telHref } from "@/lib/catalogue/format";

/** Crisis first: who to call now, before anything else. Every number is a tel: link. */
type Props = { municipality: MunicipalityInfo | undefined; headingLevel?: 1 | 2; children?: ReactNode };

export function CrisisPanel({ municipality, headingLevel = 1, children }: Props) {
  const Heading = headingLevel === 1 ? "h1" : "h2";
  const t = useTranslations("VraagwijzerCrisis");
  const team = municipality?.accessTeam;
  const lines = [
    { number: "112", text: t("emergency") },
    { number: "0800-0113", text: t("suicide"), also: "113" },
    { number: "0800-2000", text: t("violence") },
  ];
  return (
    <section aria-labelledby="crisis-title" className="mt-4 rounded-portal border-4 border-notice bg-canvas p-4 sm:p-6">
      <Heading id="crisis-title" className={headingLevel === 1 ? "text-h2 sm:text-h1" : "text-h3 sm:text-h2"}>
        {t("title")}
      </Heading>
      <p className="mt-3 max-w-prose text-lg">{t("intro")}</p>
      <ul className="mt-4 flex flex-col gap-4">
        {lines.map((line) => (
          <li key={line.number}>
            <a href={telHref(line.number)} className="text-h2 font-bold">
              {line.number}
            </a>
            {line.also ? (
              <>
                {" / "}
                <a href={telHref(line.also)} className="text-h2 font-bold">
                  {line.also}
                </a>
              </>
            ) : null}
            <p>{line.text}</p>
          </li>
        ))}
        <li>
          <p className="font-bold">{t("gpNumber")}</p>
          <p>{t("gp")}</p>
        </li>
        {team?.phone ? (
          <li>
            <a href={telHref(team.phone)} className="text-h3 font-bold">
              {team.phone}
            </a>
            {team.name ? <p>{t("accessTeam", { team: team.name.text })}</p> : null}
          </li>
        ) : null}
      </ul>
      {children}
    </section>
  );
}
