import { useTranslations } from "next-intl";
import { MunicipalitySelect } from "@/components/forms/MunicipalitySelect";
import { SubmitButton } from "@/components/forms/SubmitButton";

type Props = {
  municipalities: ReadonlyArray<{ code: string; name: string }>;
  selected: string | undefined;
  /** The part of the page that shows the chosen municipality's help: the browser goes straight there. */
  showAt?: string;
};

/**
 * A plain GET form: it works without JavaScript and the result has its own address,
 * so a resident can bookmark or share it.
 */
export function MunicipalityFilter({ municipalities, selected, showAt }: Props) {
  const t = useTranslations("MunicipalityFilter");
  return (
    <form method="get" action={showAt ? `#${showAt}` : undefined} className="mt-8 flex flex-wrap items-end gap-4 rounded-portal bg-surface p-4 sm:p-5">
      <MunicipalitySelect municipalities={municipalities} selected={selected} label={t("label")} emptyLabel={t("allMunicipalities")} />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
