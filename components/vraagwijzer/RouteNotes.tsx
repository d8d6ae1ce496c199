import { useTranslations } from "next-intl";
import type { Answers } from "@/lib/vraagwijzer/answers";
import { routesFor } from "@/lib/vraagwijzer/routes";

type Helper = { id: string; name: string };
type Props = {
  answers: Pick<Answers, "domains" | "signals">;
  /** Suggested services that help with the Wlz; linked to their card when `linkToCards`. */
  wlzHelpers?: readonly Helper[];
  linkToCards?: boolean;
};

/** What a resident must know about their route: the six-week term for an objection, and how the Wlz goes. */
export function RouteNotes({ answers, wlzHelpers = [], linkToCards = false }: Props) {
  const t = useTranslations("VraagwijzerRoute");
  const routes = routesFor(answers);
  if (!routes.objection && !routes.wlz) return null;
  return (
    <div className="mt-6 flex flex-col gap-4 print:mt-3 print:gap-2">
      {routes.objection ? (
        <section aria-labelledby="route-objection" className="max-w-prose rounded-portal border-l-4 border-notice bg-surface p-4 print:p-2">
          <h2 id="route-objection" className="text-h3">
            {t("objectionTitle")}
          </h2>
          <p className="mt-2">{t("objectionText")}</p>
        </section>
      ) : null}
      {routes.wlz ? (
        <section aria-labelledby="route-wlz" className="max-w-prose rounded-portal border-l-4 border-primary bg-surface p-4 print:p-2">
          <h2 id="route-wlz" className="text-h3">
            {t("wlzTitle")}
          </h2>
          <ol className="mt-2 list-decimal pl-6">
            <li>{t("wlzCiz")}</li>
            <li>{t("wlzOffice")}</li>
            <li>{t("wlzSupport")}</li>
          </ol>
          {wlzHelpers.length > 0 ? (
            <>
              <p className="mt-2">{t("wlzHelp")}</p>
              <ul className="mt-1 list-disc pl-6">
                {wlzHelpers.map((helper) => (
                  <li key={helper.id}>{linkToCards ? <a href={`#suggestion-${helper.id}`}>{helper.name}</a> : helper.name}</li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
