import { useLocale, useTranslations } from "next-intl";
import { SelectField } from "@/components/forms/SelectField";
import { TextField } from "@/components/forms/TextField";
import type { ProviderSchedule } from "@/lib/catalogue/editing/availability";
import { WEEKDAYS } from "@/lib/catalogue/editing/availability-input";
import { dayName } from "./schedule-words";

/** Day, from, to and the optional validity of a weekly walk-in hour. */
export function HoursFields({ schedule }: { schedule?: ProviderSchedule }) {
  const t = useTranslations("Availability.hours");
  const locale = useLocale();
  return (
    <div className="flex flex-col gap-4">
      <SelectField name="byday" label={t("day")} defaultValue={schedule?.byday ?? ""} emptyLabel="—" options={WEEKDAYS.map((code) => ({ value: code, label: dayName(code, locale) }))} />
      <div className="flex flex-wrap gap-4">
        <TextField name="opensAt" label={t("opensAt")} type="time" defaultValue={schedule?.opensAt ?? ""} />
        <TextField name="closesAt" label={t("closesAt")} type="time" defaultValue={schedule?.closesAt ?? ""} />
      </div>
      <div className="flex flex-wrap gap-4">
        <TextField name="validFrom" label={t("validFrom")} hint={t("validHint")} type="date" defaultValue={schedule?.validFrom ?? ""} />
        <TextField name="validTo" label={t("validTo")} type="date" defaultValue={schedule?.validTo ?? ""} />
      </div>
    </div>
  );
}
