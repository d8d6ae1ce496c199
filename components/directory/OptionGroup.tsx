type Option = { value: string; label: string; checked: boolean };

/** A fieldset of checkboxes; several may be chosen and each adds its results. */
export function OptionGroup({ name, legend, options }: { name: string; legend: string; options: Option[] }) {
  if (options.length === 0) return null;
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 font-bold">{legend}</legend>
      {options.map((option) => {
        const id = `filter-${name}-${option.value}`;
        return (
          <div key={option.value} className="flex items-start gap-3">
            <input id={id} type="checkbox" name={name} value={option.value} defaultChecked={option.checked} className="mt-1 size-6 shrink-0" />
            <label htmlFor={id}>{option.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}
