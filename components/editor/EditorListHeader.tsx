import type { ReactNode } from "react";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { Link } from "@/i18n/navigation";

type Props = {
  title: string;
  intro: string;
  /** The page that makes a new record, and its link's words. */
  create: { href: string; label: string };
  /** The search field's label, the text searched for, and the form's name when it holds more filters. */
  search: { label: string; q: string; button: string; formLabel?: string };
  /** More GET filters beside the search field. */
  children?: ReactNode;
};

/** The top of an editor's list: what it holds, "new", and a GET search (works without JavaScript). */
export function EditorListHeader({ title, intro, create, search, children }: Props) {
  return (
    <>
      <h1 className="text-h2 sm:text-h1">{title}</h1>
      <p className="mt-2 max-w-prose">{intro}</p>
      <p className="mt-4">
        <Link href={create.href} className="font-bold">
          {create.label}
        </Link>
      </p>
      <form method="get" role="search" aria-label={search.formLabel} className="mt-6 flex flex-wrap items-end gap-4">
        <TextField name="q" id="search-q" type="search" label={search.label} defaultValue={search.q} />
        {children}
        <SubmitButton variant="secondary">{search.button}</SubmitButton>
      </form>
    </>
  );
}
