import { SelectField } from "./SelectField";

type Props = {
  municipalities: ReadonlyArray<{ code: string; name: string }>;
  label: string;
  /** The "all municipalities" or "choose" option; leave out to require a choice. */
  emptyLabel?: string;
  selected?: string;
  error?: string;
  asPageHeading?: boolean;
};

/** The municipality choice of every form: named `gemeente`, as in every address of the portal. */
export function MunicipalitySelect({ municipalities, selected, ...rest }: Props) {
  const options = municipalities.map((municipality) => ({ value: municipality.code, label: municipality.name }));
  return <SelectField name="gemeente" options={options} defaultValue={selected ?? ""} {...rest} />;
}
