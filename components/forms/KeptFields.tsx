/**
 * Values chosen elsewhere, as hidden fields of a GET form, so submitting one form keeps
 * them (also without JavaScript): the rest of a page's address, or the vraagwijzer's
 * answers given on other pages. A name may come more than once (a list of choices).
 */
export function KeptFields({ entries }: { entries: Iterable<readonly [string, string]> }) {
  return [...entries].map(([name, value], index) => <input key={`${name}-${value}-${index}`} type="hidden" name={name} value={value} />);
}
