import { CheckboxField } from "./CheckboxField";

type Props = {
  legend: string;
  /** Said before the text, e.g. "read this together with the resident". */
  intro?: string;
  /** What the person agrees to, exactly as it is stored with the request. */
  text: string;
  label: string;
  idPrefix?: string;
  /** The language of `text`, when it is not the page's (a handover read out in the resident's language). */
  lang?: string;
};

/** Consent to pass on personal data: the text agreed to, and one box that says yes to it. */
export function ConsentField({ legend, intro, text, label, idPrefix = "", lang }: Props) {
  const textId = `${idPrefix}consent-text`;
  return (
    <fieldset className="flex flex-col gap-3 rounded-portal border-2 border-primary p-4">
      <legend className="px-1 text-lg font-bold">{legend}</legend>
      {intro ? <p>{intro}</p> : null}
      <p id={textId} lang={lang} className="max-w-prose text-lg">
        {text}
      </p>
      <CheckboxField name="consent" label={label} describedById={textId} strong />
    </fieldset>
  );
}
