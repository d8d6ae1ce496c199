import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

type Props = { serviceId: string; supporters: unknown };

/** A service's supporters as links to their own edit pages, and a link to add one. */
export async function ServiceSupporters({ serviceId, supporters }: Props) {
  const t = await getTranslations("EditorServices");
  const people = (Array.isArray(supporters) ? supporters : []).flatMap((p: unknown) => {
    const person = p as { id?: unknown; display_name?: unknown };
    return typeof person.id === "string" ? [{ id: person.id, name: typeof person.display_name === "string" ? person.display_name : person.id }] : [];
  });
  return (
    <section aria-labelledby="supporters-heading" className="mt-10">
      <h2 id="supporters-heading" className="text-h2">
        {t("supportersHeading")}
      </h2>
      <p className="mt-2 max-w-prose">{t("supportersIntro")}</p>
      {people.length === 0 ? (
        <p className="mt-2">{t("supportersNone")}</p>
      ) : (
        <ul className="mt-2 list-disc pl-6">
          {people.map((p) => (
            <li key={p.id}>
              <Link href={`/beheer/diensten/${serviceId}/ondersteuners/${p.id}`} prefetch={false}>
                {p.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-4">
        <Link href={`/beheer/diensten/${serviceId}/ondersteuners/nieuw`} prefetch={false} className="font-bold">
          {t("supporterNew")}
        </Link>
      </p>
    </section>
  );
}
