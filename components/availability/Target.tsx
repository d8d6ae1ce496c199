/** The hidden fields every availability form sends: which change, of which service, from which version (a stale form changes nothing). */
export function Target({ change, serviceId, version }: { change: string; serviceId: string; version: number }) {
  return (
    <>
      <input type="hidden" name="change" value={change} />
      <input type="hidden" name="serviceId" value={serviceId} />
      <input type="hidden" name="version" value={version} />
    </>
  );
}
