/**
 * The short number a resident is shown after sending a request, and the provider sees
 * with it, so a phone call can refer to it ("A1B2-C3D4"): the first eight hex digits of
 * the request's id. It says nothing about the person; it is not a key to anything.
 */
const NUMBER = /^[0-9A-F]{4}-[0-9A-F]{4}$/;

export function requestNumber(id: string): string {
  const digits = id.replaceAll("-", "").slice(0, 8).toUpperCase();
  return `${digits.slice(0, 4)}-${digits.slice(4)}`;
}

/** A number from an address, or undefined when it is not one. */
export function parseRequestNumber(value: unknown): string | undefined {
  const first = [value].flat()[0];
  if (typeof first !== "string") return undefined;
  const number = first.trim().toUpperCase();
  return NUMBER.test(number) ? number : undefined;
}
