import { getTranslations } from "next-intl/server";
import { ChoiceGroup } from "@/components/forms/ChoiceGroup";
import { SelectField } from "@/components/forms/SelectField";
import { TextField } from "@/components/forms/TextField";
import type { RecordValue } from "@/lib/catalogue/editing/field-changes";
import { daysFitCheckboxes, SERVICE_DAYS } from "@/lib/catalogue/editing/forms/service";
import { LocalisedTextFields } from "./LocalisedTextFields";

type Props = {
  places: RecordValue[];
  locations: ReadonlyArray<{ id: string; name: string; city: string | null }>;
};

const text = (value: unknown) => (typeof value === "string" ? value : "");
const rows = (value: unknown): RecordValue[] => (Array.isArray(value) ? (value as RecordValue[]) : []);

/**
 * A service's places (`service_at_locations`) and each place's times (`schedules`): the
 * rows it has and one empty row of each to add one, without JavaScript.
 */
export async function ServicePlaceFields({ places, locations }: Props) {
  const t = await getTranslations("EditorServices");
  const all = [...places, {}];
  return (
    <fieldset className="flex flex-col gap-6">
      <legend className="text-h3">{t("placesHeading")}</legend>
      <p className="max-w-prose">{t("placesIntro")}</p>
      {all.map((place, i) => {
        const row = `service_at_locations.${i}`;
        const schedules = [...rows(place.schedules), {}];
        return (
          <fieldset key={i} className="flex flex-col gap-4 border-l-4 border-line pl-4">
            <legend className="font-bold">{i < places.length ? t("placeRow", { number: i + 1 }) : t("placeNew")}</legend>
            <SelectField
              name={`${row}.location_id`}
              label={t("location")}
              emptyLabel={t("chooseLocation")}
              options={locations.map((l) => ({ value: l.id, label: l.city ? `${l.name}, ${l.city}` : l.name }))}
              defaultValue={text(place.location_id)}
            />
            <LocalisedTextFields name={`${row}.description`} label={t("placeNote")} value={place.description} rows={2} />
            {schedules.map((schedule, j) => (
              <ScheduleFields key={j} name={`${row}.schedules.${j}`} schedule={schedule} legend={j < schedules.length - 1 ? t("scheduleRow", { number: j + 1 }) : t("scheduleNew")} />
            ))}
          </fieldset>
        );
      })}
    </fieldset>
  );
}

async function ScheduleFields({ name, schedule, legend }: { name: string; schedule: RecordValue; legend: string }) {
  const t = await getTranslations("EditorServices");
  const byday = schedule.byday;
  return (
    <fieldset className="flex flex-col gap-4 border-l-4 border-line pl-4">
      <legend className="font-bold">{legend}</legend>
      <SelectField
        name={`${name}.freq`}
        label={t("freq")}
        emptyLabel={t("freqNone")}
        options={(["WEEKLY", "MONTHLY"] as const).map((value) => ({ value, label: t(`freqs.${value}`) }))}
        defaultValue={text(schedule.freq)}
      />
      {daysFitCheckboxes(byday) ? (
        <ChoiceGroup
          name={`${name}.byday`}
          type="checkbox"
          legend={t("byday")}
          options={SERVICE_DAYS.map((day) => ({ value: day, label: t(`days.${day}`) }))}
          checked={typeof byday === "string" ? byday.split(",") : []}
        />
      ) : (
        <TextField name={`${name}.byday`} label={t("bydayText")} hint={t("bydayTextHint")} defaultValue={text(byday)} />
      )}
      <TextField name={`${name}.opens_at`} label={t("opensAt")} hint={t("timeHint")} type="time" defaultValue={text(schedule.opens_at)} />
      <TextField name={`${name}.closes_at`} label={t("closesAt")} hint={t("timeHint")} type="time" defaultValue={text(schedule.closes_at)} />
      <TextField name={`${name}.valid_from`} label={t("validFrom")} hint={t("validHint")} type="date" defaultValue={text(schedule.valid_from)} />
      <TextField name={`${name}.valid_to`} label={t("validTo")} type="date" defaultValue={text(schedule.valid_to)} />
      <LocalisedTextFields name={`${name}.description`} label={t("scheduleDescription")} value={schedule.description} />
      <TextField name={`${name}.notes`} label={t("scheduleNotes")} defaultValue={text(schedule.notes)} />
    </fieldset>
  );
}
