import { z } from "zod";
import { dutchDay } from "@/lib/calendar/working-days";
import { idSchema } from "@/lib/catalogue/ids";
import { urlParams } from "@/lib/catalogue/url-params";
import { ContactStatus } from "@/lib/generated/prisma/enums";

/**
 * The filters of the team view (/werk/overdrachten), kept in its address: `status`,
 * `telaat=ja` (overdue only), `dienst` (a service id), `van` and `tot` (Dutch calendar
 * days, both included) and `pagina`. A bad value is not guessed at: the page says so
 * calmly and shows the list without filters.
 */
const day = z.iso.date();

export const handoverFiltersSchema = z
  .object({
    status: z.enum(Object.values(ContactStatus) as [ContactStatus, ...ContactStatus[]]).optional(),
    telaat: z.literal("ja").optional(),
    dienst: idSchema.optional(),
    van: day.optional(),
    tot: day.optional(),
    pagina: urlParams.pagina.default(1),
  })
  .refine((f) => !f.van || !f.tot || f.van <= f.tot, { path: ["tot"] });

export type HandoverFilters = z.infer<typeof handoverFiltersSchema>;

export const NO_FILTERS: HandoverFilters = { pagina: 1 };

const KEYS = ["status", "telaat", "dienst", "van", "tot", "pagina"] as const;

/** The filters of an address; `invalid` when one of them could not be read (then none apply). */
export function parseHandoverFilters(params: Record<string, string | string[] | undefined>): { filters: HandoverFilters; invalid: boolean } {
  const raw: Record<string, string> = {};
  for (const key of KEYS) {
    const value = params[key];
    const one = Array.isArray(value) ? value[0] : value;
    // An empty field of the GET form means "no filter".
    if (one !== undefined && one !== "") raw[key] = one;
  }
  const parsed = handoverFiltersSchema.safeParse(raw);
  return parsed.success ? { filters: parsed.data, invalid: false } : { filters: NO_FILTERS, invalid: true };
}

/** Whether any filter (not the page) is chosen. */
export function hasFilters(filters: HandoverFilters): boolean {
  return KEYS.some((key) => key !== "pagina" && filters[key] !== undefined);
}

/** The address of a page of the list with these filters. */
export function handoversHref(filters: HandoverFilters, pagina: number): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = key === "pagina" ? (pagina > 1 ? String(pagina) : undefined) : filters[key];
    if (value !== undefined) params.set(key, value);
  }
  const text = params.toString();
  return `/werk/overdrachten${text ? `?${text}` : ""}`;
}

/** Whether a request made at `createdAt` falls in the chosen period (Dutch calendar days). */
export function inPeriod(createdAt: Date, filters: Pick<HandoverFilters, "van" | "tot">): boolean {
  const made = dutchDay(createdAt);
  return (!filters.van || made >= filters.van) && (!filters.tot || made <= filters.tot);
}
