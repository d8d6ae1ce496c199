"use client";

import { useFormContext } from "@/components/forms/FormContext";
import { StaffCell, StaffTable } from "@/components/staff/StaffTable";

type Props = { heading: string; field: string; before: string; after: string };

/** After a refused save: what the other editor changed, field by field (the form's `details`). */
export function ConflictDetails({ heading, field, before, after }: Props) {
  const { state } = useFormContext();
  if (!state.details || state.details.length === 0) return null;
  return (
    <section aria-labelledby="conflict-heading" className="border-l-4 border-notice pl-3">
      <h2 id="conflict-heading" className="text-h3">
        {heading}
      </h2>
      <StaffTable caption={heading} headers={[field, before, after]} className="mt-2">
        {state.details.map((row, index) => (
          <tr key={index}>
            <StaffCell label={field} className="font-bold">{row.label}</StaffCell>
            <StaffCell label={before} className="whitespace-pre-line">{row.before}</StaffCell>
            <StaffCell label={after} className="whitespace-pre-line">{row.after}</StaffCell>
          </tr>
        ))}
      </StaffTable>
    </section>
  );
}
