/**
 * The rest of a page's address as hidden fields of a GET form, so choosing in one form
 * keeps what another form on the page chose (also without JavaScript).
 */
export function KeptFields({ values }: { values: Record<string, string> }) {
  return Object.entries(values).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
}
