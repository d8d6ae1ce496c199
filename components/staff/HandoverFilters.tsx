import { useTranslations } from "next-intl";
import { CheckboxField } from "@/components/forms/CheckboxField";
import { SelectField } from "@/components/forms/SelectField";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { TextField } from "@/components/forms/TextField";
import { Link } from "@/i18n/navigation";
import type { HandoverFilters as Filters } from "@/lib/contact-requests/handover-filters";
import { ContactStatus } from "@/lib/generated/prisma/enums";

type Props = { filters: Filters; services: ReadonlyArray<{ id: string; name: { text: string } }> };

/** The team view's filters: a GET form, so they live in the address and work without JavaScript. */
export function HandoverFilters({ filters, services }: Props) {
  const t = useTranslations("StaffHandovers");
  const tStatus = useTranslations("StaffStatus");
  return (
    <form method="get" aria-label={t("filters")} className="mt-6 flex flex-col gap-4 rounded-portal border-2 border-line bg-surface p-4">
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 font-bold">{t("filters")}</legend>
        <SelectField
          name="status"
          id="filter-status"
          label={t("status")}
          emptyLabel={t("anyStatus")}
          options={Object.values(ContactStatus).map((status) => ({ value: status, label: tStatus(status) }))}
          defaultValue={filters.status ?? ""}
        />
        <SelectField
          name="dienst"
          id="filter-dienst"
          label={t("service")}
          emptyLabel={t("anyService")}
          options={services.map((s) => ({ value: s.id, label: s.name.text }))}
          defaultValue={filters.dienst ?? ""}
        />
        <TextField name="van" id="filter-van" type="date" label={t("from")} defaultValue={filters.van ?? ""} width="auto" />
        <TextField name="tot" id="filter-tot" type="date" label={t("to")} defaultValue={filters.tot ?? ""} width="auto" />
        <CheckboxField name="telaat" id="filter-telaat" value="ja" label={t("overdueOnly")} defaultChecked={filters.telaat === "ja"} />
      </fieldset>
      <div className="flex flex-wrap items-center gap-6">
        <SubmitButton>{t("apply")}</SubmitButton>
        <Link href="/werk/overdrachten">{t("clear")}</Link>
      </div>
    </form>
  );
}
