import { Link } from "@/i18n/navigation";

type Props = {
  page: number;
  pageCount: number;
  href: (page: number) => string;
  /** The navigation's name and the words of its links, in the page's language. */
  words: { label: string; previous: string; next: string; pageOf: string };
};

/** Links to the page before and after a list's current page: plain links, so they work without JavaScript. */
export function PageLinks({ page, pageCount, href, words }: Props) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={words.label} className="mt-6 flex flex-wrap items-center gap-6 print:hidden">
      {page > 1 ? <Link href={href(page - 1)}>{words.previous}</Link> : null}
      <p aria-current="page">{words.pageOf}</p>
      {page < pageCount ? <Link href={href(page + 1)}>{words.next}</Link> : null}
    </nav>
  );
}
