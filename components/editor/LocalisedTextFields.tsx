import { getLocale, getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { TextField } from "@/components/forms/TextField";
import { vocabularyLabel } from "@/lib/catalogue/labels";

type Props = {
  /** The field's path, e.g. `name` or `access_team.description`: each language is `<name>.<locale>`. */
  name: string;
  label: string;
  hint?: string;
  /** The text as the form opens it, per locale. */
  value: unknown;
  rows?: number;
};

/**
 * A localised text: one field per language of the portal, Dutch first. A language that
 * has no text while Dutch has one is marked "Nog niet vertaald" in its label, so a missing
 * translation is seen, never silently empty.
 */
export async function LocalisedTextFields({ name, label, hint, value, rows }: Props) {
  const [t, fields, locale] = await Promise.all([getTranslations("Editor"), getTranslations("EditorFields"), getLocale()]);
  const texts = value !== null && typeof value === "object" ? (value as Record<string, unknown>) : {};
  const has = (code: string) => typeof texts[code] === "string" && (texts[code] as string).trim() !== "";
  return (
    <>
      {routing.locales.map((code) => {
        const missing = code !== "nl" && has("nl") && !has(code);
        const fieldLabel = fields("inLanguage", { field: label, language: vocabularyLabel(locale, "language", code) });
        return (
          <TextField
            key={code}
            name={`${name}.${code}`}
            label={missing ? `${fieldLabel}: ${t("missingTranslation")}` : fieldLabel}
            hint={code === "nl" ? hint : undefined}
            defaultValue={typeof texts[code] === "string" ? (texts[code] as string) : ""}
            rows={rows}
          />
        );
      })}
    </>
  );
}
