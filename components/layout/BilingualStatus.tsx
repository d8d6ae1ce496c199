export type StatusText = {
  lang: string;
  title: string;
  description: string;
  home: { href: string; label: string };
  /** Label of a "try again" button; shown only together with onRetry. */
  retry?: string;
};

type Props = { texts: readonly StatusText[]; onRetry?: () => void };

/**
 * A status page for when the visitor's language is unknown (no locale in the address, or
 * the root layout itself failed): the message in every language, each marked with its
 * own `lang`, the first as the page heading.
 */
export function BilingualStatus({ texts, onRetry }: Props) {
  return (
    <main id="main" className="mx-auto w-full max-w-page px-4 py-10">
      {texts.map((text, index) => {
        const Heading = index === 0 ? "h1" : "h2";
        return (
          <section key={text.lang} lang={text.lang} className={index === 0 ? undefined : "mt-10 border-t-2 border-line pt-8"}>
            <Heading className={index === 0 ? "text-h1" : "text-h2"}>{text.title}</Heading>
            <p className="mt-4 max-w-prose">{text.description}</p>
            <div className="mt-6 flex flex-wrap items-center gap-6">
              {onRetry && text.retry ? (
                <button
                  type="button"
                  onClick={onRetry}
                  className="min-h-11 rounded-portal border-2 border-primary bg-primary px-5 py-2 font-bold text-primary-contrast hover:bg-link-hover"
                >
                  {text.retry}
                </button>
              ) : null}
              <a href={text.home.href}>{text.home.label}</a>
            </div>
          </section>
        );
      })}
    </main>
  );
}
