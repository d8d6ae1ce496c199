import { getLocale, getTranslations } from "next-intl/server";
import { StaffCell, StaffTable } from "@/components/staff/StaffTable";
import type { Problem } from "@/lib/catalogue/interchange/problems";

/** More would only make a long page longer: the first ones show what to fix. */
const SHOWN = 500;

/** Every problem of a refused file with its place in the file (`$.services[3].name`), in the reader's language. */
export async function ProblemList({ problems }: { problems: readonly Problem[] }) {
  const [t, locale] = await Promise.all([getTranslations("AdminImport"), getLocale()]);
  return (
    <section aria-labelledby="problems-title" className="mt-8">
      <h2 id="problems-title" className="text-h3">
        {t("problemsTitle", { count: problems.length })}
      </h2>
      <p className="mt-2 max-w-prose">{t("problemsIntro")}</p>
      <StaffTable caption={t("problemsTitle", { count: problems.length })} headers={[t("place"), t("problem")]}>
        {problems.slice(0, SHOWN).map((p, index) => (
          <tr key={`${p.path}-${index}`}>
            <StaffCell label={t("place")}>
              <code className="break-all">{p.path}</code>
            </StaffCell>
            <StaffCell label={t("problem")}>{locale === "en" ? p.message.en : p.message.nl}</StaffCell>
          </tr>
        ))}
      </StaffTable>
      {problems.length > SHOWN ? <p className="mt-2">{t("moreProblems", { count: problems.length - SHOWN })}</p> : null}
    </section>
  );
}
