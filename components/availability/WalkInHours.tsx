import { useLocale, useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/ActionForm";
import { SelectField } from "@/components/forms/SelectField";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { changeAvailabilityAction } from "@/lib/actions/availability-actions";
import type { ProviderSchedule, ProviderServiceView } from "@/lib/catalogue/editing/availability";
import { formatDay } from "@/lib/catalogue/format";
import { localise } from "@/lib/catalogue/localise";
import { HoursFields } from "./HoursFields";
import { Target } from "./Target";
import { scheduleLine } from "./schedule-words";

/** The walk-in hours of each place of the service: change, remove, add, and cancel one date. */
export function WalkInHours({ service }: { service: ProviderServiceView }) {
  const t = useTranslations("Availability.hours");
  if (service.places.length === 0) return null;
  return (
    <section aria-labelledby="hours-title" className="mt-10">
      <h2 id="hours-title" className="text-h3">
        {t("title")}
      </h2>
      <p className="mt-2 max-w-prose">{t("intro")}</p>
      {service.places.map((place) => (
        <section key={place.index} aria-labelledby={`place-${place.index}`} className="mt-6 border-l-4 border-line pl-4">
          <h3 id={`place-${place.index}`} className="font-bold">
            {t("place", { place: [place.name, place.city].filter(Boolean).join(", ") })}
          </h3>
          {place.schedules.length === 0 ? <p className="mt-2">{t("none")}</p> : null}
          <ul className="mt-2 flex flex-col gap-6">
            {place.schedules.map((schedule) => (
              <ScheduleItem key={schedule.id} service={service} schedule={schedule} />
            ))}
          </ul>
          <ActionForm
            action={changeAvailabilityAction}
            idPrefix={`add-${place.index}-`}
            labels={{ byday: t("day"), opensAt: t("opensAt"), closesAt: t("closesAt"), validFrom: t("validFrom"), validTo: t("validTo") }}
            heading={<h4 className="font-bold">{t("addTitle", { place: place.name })}</h4>}
            className="mt-6 flex flex-col gap-4"
          >
            <Target change="addSchedule" serviceId={service.id} version={service.version} />
            <input type="hidden" name="place" value={place.index} />
            <HoursFields />
            <SubmitButton variant="secondary">{t("add")}</SubmitButton>
          </ActionForm>
        </section>
      ))}
    </section>
  );
}

function ScheduleItem({ service, schedule }: { service: ProviderServiceView; schedule: ProviderSchedule }) {
  const t = useTranslations("Availability.hours");
  const locale = useLocale();
  const description = localise(schedule.description, locale);
  const weekly = schedule.freq === "WEEKLY" && schedule.byday !== null && /^[A-Z]{2}$/u.test(schedule.byday);
  const prefix = `s-${schedule.id.slice(0, 8)}-`;
  const label = scheduleLine(schedule, locale, t);
  return (
    <li className="flex flex-col gap-3">
      <p className="font-bold">{label}</p>
      {description ? <p lang={description.lang === locale ? undefined : description.lang}>{description.text}</p> : null}
      {schedule.cancelledDates.length > 0 ? (
        <div>
          <p>{t("cancelled")}</p>
          <ul className="flex flex-col gap-1">
            {schedule.cancelledDates.map((date) => (
              <li key={date} className="flex flex-wrap items-center gap-x-3">
                <span>{formatDay(date, locale, true)}</span>
                <ActionForm action={changeAvailabilityAction} idPrefix={`${prefix}restore-${date}-`} className="flex flex-col">
                  <Target change="restoreDate" serviceId={service.id} version={service.version} />
                  <input type="hidden" name="scheduleId" value={schedule.id} />
                  <input type="hidden" name="date" value={date} />
                  <SubmitButton variant="quiet">{t("restore", { date: formatDay(date, locale) })}</SubmitButton>
                </ActionForm>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {schedule.upcoming.length > 0 ? (
        <ActionForm action={changeAvailabilityAction} idPrefix={`${prefix}cancel-`} labels={{ date: t("cancelLabel") }} className="flex flex-col gap-3">
          <Target change="cancelDate" serviceId={service.id} version={service.version} />
          <input type="hidden" name="scheduleId" value={schedule.id} />
          <SelectField
            name="date"
            label={`${t("cancelLabel")} (${label})`}
            emptyLabel={t("cancelChoose")}
            options={schedule.upcoming.map((date) => ({ value: date, label: formatDay(date, locale, true) }))}
          />
          <SubmitButton variant="secondary">{t("cancelSubmit")}</SubmitButton>
        </ActionForm>
      ) : (
        <p>{t("noUpcoming")}</p>
      )}
      {weekly ? (
        <ActionForm
          action={changeAvailabilityAction}
          idPrefix={`${prefix}change-`}
          labels={{ byday: t("day"), opensAt: t("opensAt"), closesAt: t("closesAt"), validFrom: t("validFrom"), validTo: t("validTo") }}
          heading={<h4 className="font-bold">{`${t("change")}: ${label}`}</h4>}
          className="flex flex-col gap-4"
        >
          <Target change="changeSchedule" serviceId={service.id} version={service.version} />
          <input type="hidden" name="scheduleId" value={schedule.id} />
          <HoursFields schedule={schedule} />
          <SubmitButton variant="secondary">{t("changeSubmit")}</SubmitButton>
        </ActionForm>
      ) : null}
      <ActionForm action={changeAvailabilityAction} idPrefix={`${prefix}remove-`} className="flex flex-col">
        <Target change="removeSchedule" serviceId={service.id} version={service.version} />
        <input type="hidden" name="scheduleId" value={schedule.id} />
        <SubmitButton variant="quiet" aria-label={`${t("remove")}: ${label}`}>
          {t("remove")}
        </SubmitButton>
      </ActionForm>
    </li>
  );
}
