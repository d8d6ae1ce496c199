"use client";

import { useField } from "@/components/forms/FormContext";

type Props = { values: Readonly<Record<string, string>> };

/**
 * What an edit form was opened with, sent back with the save (lib/catalogue/editing/edit-form.ts,
 * `STARTED_FROM`). After a refused save the form's state carries where a new attempt starts.
 */
export function StartedFromFields({ values }: Props) {
  return (
    <>
      {Object.entries(values).map(([name, value]) => (
        <Hidden key={name} name={name} value={value} />
      ))}
    </>
  );
}

function Hidden({ name, value }: { name: string; value: string }) {
  const field = useField(name, { defaultValue: value });
  return <input type="hidden" name={name} value={field.value ?? ""} />;
}
