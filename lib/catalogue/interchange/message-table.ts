/** One message per problem code: Dutch (B1) first, then English. */
export type MessageTable = Record<string, (params: Record<string, unknown>) => [nl: string, en: string]>;

export const s = (value: unknown) => String(value ?? "");
export const list = (values: unknown) =>
  Array.isArray(values) ? values.map((v) => JSON.stringify(v)).join(", ") : "";
