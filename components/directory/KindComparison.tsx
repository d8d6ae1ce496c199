import { useTranslations } from "next-intl";
import { PageSection } from "@/components/layout/PageSection";

const KIND_TEXTS = [
  { kind: "formal", good: "formalGood", not: "formalNot" },
  { kind: "experience-expert", good: "expertGood", not: "expertNot" },
  { kind: "volunteer", good: "volunteerGood", not: "volunteerNot" },
] as const;

/** The three kinds of client support side by side: what each is good for and what it does not do. */
export function KindComparison() {
  const t = useTranslations("HomeIntro");
  const tKinds = useTranslations("Kinds");
  return (
    <PageSection id="kinds" title={t("kindsTitle")} intro={t("kindsIntro")}>
      <ul className="mt-4 grid gap-4 md:grid-cols-3">
        {KIND_TEXTS.map(({ kind, good, not }) => (
          <li key={kind} className="rounded-portal bg-surface p-4">
            <h3 className="text-h3">{tKinds(`${kind}.title`)}</h3>
            <p className="mt-2">{tKinds(`${kind}.explanation`)}</p>
            <p className="mt-3 font-bold">{t("goodFor")}</p>
            <p>{t(good)}</p>
            <p className="mt-3 font-bold">{t("notFor")}</p>
            <p>{t(not)}</p>
          </li>
        ))}
      </ul>
    </PageSection>
  );
}
