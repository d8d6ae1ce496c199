import { ChoiceGroup } from "@/components/forms/ChoiceGroup";

type Props = { name: string; legend: string; hint?: string; value: unknown; yes: string; no: string };

/** A yes/no question as two radio buttons, posted as "ja"/"nee" (readYesNo); none chosen when the record has no answer yet. */
export function YesNoField({ name, legend, hint, value, yes, no }: Props) {
  const checked = value === true ? ["ja"] : value === false ? ["nee"] : [];
  return <ChoiceGroup type="radio" name={name} legend={legend} hint={hint} checked={checked} options={[{ value: "ja", label: yes }, { value: "nee", label: no }]} />;
}
