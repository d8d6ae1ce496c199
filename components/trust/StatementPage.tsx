import { PageSection } from "@/components/layout/PageSection";

export type StatementSection = { id: string; title: string; paragraphs: string[]; items?: string[]; closing?: string[] };

type Props = { title: string; intro: string; sections: StatementSection[]; updated?: string };

/**
 * The shape the trust pages (privacy, accessibility, colofon) share: a title, a short
 * intro, and titled sections of plain paragraphs, so each reads the same way.
 */
export function StatementPage({ title, intro, sections, updated }: Props) {
  return (
    <div className="mx-auto w-full max-w-page px-4 py-8 sm:py-10">
      <h1 className="text-h2 sm:text-h1">{title}</h1>
      <p className="mt-4 max-w-prose text-lg">{intro}</p>
      {sections.map((section) => (
        <PageSection key={section.id} id={section.id} title={section.title}>
          {section.paragraphs.map((text) => (
            <p key={text} className="mt-3 max-w-prose">
              {text}
            </p>
          ))}
          {section.items ? (
            <ul className="mt-3 max-w-prose list-disc pl-6">
              {section.items.map((item) => (
                <li key={item} className="mt-1">
                  {item}
                </li>
              ))}
            </ul>
          ) : null}
          {section.closing?.map((text) => (
            <p key={text} className="mt-3 max-w-prose">
              {text}
            </p>
          ))}
        </PageSection>
      ))}
      {updated ? <p className="mt-10 text-sm">{updated}</p> : null}
    </div>
  );
}
