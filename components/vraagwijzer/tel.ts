/** A dialable tel: address for a Dutch number as the catalogue writes it ("030 799 10 00", "0800-0113"). */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, "")}`;
}
