import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { noteCatalogueChanged } from "../freshness";
import type { RecordedChange } from "../interchange/history";
import { loadStored, type StoredService } from "../interchange/stored";
import { amsterdamDate, nextOccurrences, occurrencesWithin, type Occurrence } from "../schedule";
import { parseAvailabilityChange, type AvailabilityChange, type AvailabilityErrors } from "./availability-input";
import { fieldChanges, type FieldChange, type RecordValue } from "./field-changes";
import { scopeOf } from "./kinds";
import { EDIT_TRANSACTION, mergeRecords } from "./merge";
import { recordPortalChange } from "./portal-history";
import { recordOf, recordsDocumentOf } from "./records";

/**
 * Providers keep their own availability: for a service of their own organization only
 * (checked here, by id, on every request) the facts that change weekly. They go live at
 * once: the interchange fields through the importer's writer (`mergeRecords`, origin
 * "provider", the provider's name in the history), the portal-only ones (a closure's reason
 * and date of return, a cancelled walk-in date) in the same transaction, recorded in the
 * history too (`recordPortalChange`). Every change names the version the form showed: a
 * stale form or a second submit changes nothing.
 */
export type Provider = { id: string; name: string; organizationId: string | null };

export type AvailabilityResult =
  | { ok: true; changed: boolean }
  | { ok: false; reason: "missing" | "stale" }
  | { ok: false; reason: "invalid"; errors: AvailabilityErrors };

/** A provider keeps services residents can see; an inactive or ended one is the editors'. */
const KEPT_STATUSES = ["active", "temporarily_closed"] as const;

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export async function changeAvailability(prisma: PrismaClient, provider: Provider, input: unknown, now = new Date()): Promise<AvailabilityResult> {
  const parsed = parseAvailabilityChange(input);
  if (!parsed.ok) return { ok: false, reason: "invalid", errors: parsed.errors };
  const change = parsed.change;
  const author = { origin: "provider" as const, userId: provider.id, userName: provider.name };
  const result = await prisma.$transaction(async (tx): Promise<AvailabilityResult> => {
    const stored = await loadStored(tx, scopeOf("service", [change.serviceId]));
    const row = stored.services[0];
    if (!row || provider.organizationId === null || row.organizationId !== provider.organizationId) return { ok: false, reason: "missing" };
    if (!(KEPT_STATUSES as readonly string[]).includes(row.status)) return { ok: false, reason: "missing" };
    if (row.version !== change.version) return { ok: false, reason: "stale" };
    const published = recordOf(stored, "service", row.id)!;
    const planned = plan(row, published.record, change, amsterdamDate(now));
    if ("errors" in planned) return { ok: false, reason: "invalid", errors: planned.errors };

    let merged: RecordedChange[] = [];
    if (planned.record) {
      const outcome = await mergeRecords(tx, recordsDocumentOf("service", [planned.record]), author);
      if (!outcome.ok) return { ok: false, reason: "invalid", errors: { form: "invalid" } };
      merged = outcome.changes;
    }
    const portal = await writePortalFields(tx, row, planned);
    await recordPortalChange(tx, { serviceId: row.id, fields: portal, author, snapshot: planned.record ?? published.record, merged });
    return { ok: true, changed: merged.length > 0 || portal.length > 0 };
  }, EDIT_TRANSACTION);
  if (result.ok && result.changed) noteCatalogueChanged();
  return result;
}

type Planned = {
  /** The service in the interchange form after the change, or undefined when only portal fields change. */
  record?: RecordValue;
  closure?: { reason: Record<string, string> | null; reopensOn: string | null };
  cancelled?: { scheduleId: string; dates: string[] };
};

function scheduleAt(row: StoredService, scheduleId: string) {
  for (const [place, sal] of row.serviceAtLocations.entries()) {
    const index = sal.schedules.findIndex((s) => s.id === scheduleId);
    if (index >= 0) return { place, index, schedule: sal.schedules[index]! };
  }
  return undefined;
}

type Sal = { location_id: string; schedules?: RecordValue[] } & RecordValue;

/** The change applied to the published record (interchange fields) and the portal fields. Pure but for its inputs. */
function plan(row: StoredService, record: RecordValue, change: AvailabilityChange, today: string): Planned | { errors: AvailabilityErrors } {
  const copy = structuredClone(record) as RecordValue & { service_at_locations?: Sal[] };
  const hours = (c: { byday: string; opensAt: string; closesAt: string; validFrom?: string; validTo?: string }, keep: RecordValue = {}) => {
    const next: RecordValue = { ...keep, freq: "WEEKLY", byday: c.byday, opens_at: c.opensAt, closes_at: c.closesAt };
    delete next.valid_from;
    delete next.valid_to;
    if (c.validFrom) next.valid_from = c.validFrom;
    if (c.validTo) next.valid_to = c.validTo;
    return next;
  };
  const found = "scheduleId" in change ? scheduleAt(row, change.scheduleId) : undefined;
  if ("scheduleId" in change && !found) return { errors: { form: "gone" } };
  const schedulesOf = (place: number) => (copy.service_at_locations![place]!.schedules ??= []);
  switch (change.change) {
    case "intake": {
      if (change.accepting === "unknown") delete copy.x_accepting_new_clients;
      else copy.x_accepting_new_clients = change.accepting === "yes";
      if (change.waitingDays === undefined) delete copy.x_waiting_days;
      else copy.x_waiting_days = change.waitingDays;
      return { record: copy };
    }
    case "addSchedule": {
      if (!copy.service_at_locations?.[change.place]) return { errors: { place: "invalid" } };
      schedulesOf(change.place).push(hours(change));
      return { record: copy };
    }
    case "changeSchedule": {
      const list = schedulesOf(found!.place);
      list[found!.index] = hours(change, list[found!.index]);
      return { record: copy };
    }
    case "removeSchedule": {
      const list = schedulesOf(found!.place);
      list.splice(found!.index, 1);
      if (list.length === 0) delete copy.service_at_locations![found!.place]!.schedules;
      return { record: copy };
    }
    case "cancelDate":
    case "restoreDate": {
      const dates = new Set(found!.schedule.cancelledDates.map((d) => iso(d)!));
      if (change.change === "cancelDate") {
        if (change.date < today) return { errors: { date: "past" } };
        const from = new Date(`${today}T00:00:00Z`);
        const days = Math.round((Date.parse(`${change.date}T00:00:00Z`) - from.getTime()) / 86_400_000) + 2;
        const occurs = occurrencesWithin([{ ...found!.schedule, cancelledDates: [] }], from, days).some((o) => o.date === change.date);
        if (!occurs) return { errors: { date: "notADay" } };
        dates.add(change.date);
      } else dates.delete(change.date);
      return { cancelled: { scheduleId: found!.schedule.id, dates: [...dates].sort() } };
    }
    case "close": {
      if (change.reopensOn && change.reopensOn <= today) return { errors: { reopensOn: "future" } };
      copy.status = "temporarily closed";
      const reason: Record<string, string> = { nl: change.reasonNl };
      if (change.reasonEn) reason.en = change.reasonEn;
      return { record: copy, closure: { reason, reopensOn: change.reopensOn ?? null } };
    }
    case "reopen": {
      copy.status = "active";
      return { record: copy, closure: { reason: null, reopensOn: null } };
    }
  }
}

type Tx = Prisma.TransactionClient;

/** Writes the portal-only fields a change sets; returns them as history fields. */
async function writePortalFields(tx: Tx, row: StoredService, planned: Planned): Promise<FieldChange[]> {
  const fields: FieldChange[] = [];
  if (planned.closure) {
    const before = { x_closed_reason: row.closedReason ?? undefined, x_reopens_on: iso(row.reopensOn) ?? undefined };
    const after = { x_closed_reason: planned.closure.reason ?? undefined, x_reopens_on: planned.closure.reopensOn ?? undefined };
    const changed = fieldChanges(before as RecordValue, after as RecordValue);
    if (changed.length > 0) {
      await tx.service.update({
        where: { id: row.id },
        data: {
          closedReason: planned.closure.reason ?? Prisma.DbNull,
          reopensOn: planned.closure.reopensOn ? new Date(`${planned.closure.reopensOn}T00:00:00Z`) : null,
        },
      });
      fields.push(...changed);
    }
  }
  if (planned.cancelled) {
    const found = scheduleAt(row, planned.cancelled.scheduleId)!;
    const before = found.schedule.cancelledDates.map((d) => iso(d)!).sort();
    if (before.join() !== planned.cancelled.dates.join()) {
      await tx.schedule.update({ where: { id: found.schedule.id }, data: { cancelledDates: planned.cancelled.dates.map((d) => new Date(`${d}T00:00:00Z`)) } });
      fields.push({ field: `service_at_locations.${found.place}.schedules.${found.index}.x_cancelled_dates`, before, after: planned.cancelled.dates });
    }
  }
  return fields;
}

// ---- What the provider's pages show ----

export type ProviderServiceRow = {
  id: string;
  name: unknown;
  status: string;
  acceptingNewClients: boolean | null;
  waitingDays: number | null;
  nextWalkIn: Occurrence | undefined;
};

const scheduleSelect = { id: true, freq: true, byday: true, opensAt: true, closesAt: true, validFrom: true, validTo: true, cancelledDates: true, description: true } as const;

/** The services of a provider's organization that it keeps, in the catalogue's order. */
export async function providerServices(prisma: PrismaClient, organizationId: string | null, now = new Date()): Promise<ProviderServiceRow[]> {
  if (organizationId === null) return [];
  const rows = await prisma.service.findMany({
    where: { organizationId, status: { in: [...KEPT_STATUSES] } },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      id: true, name: true, status: true, acceptingNewClients: true, waitingDays: true,
      serviceAtLocations: { select: { schedules: { select: scheduleSelect } } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    status: r.status,
    acceptingNewClients: r.acceptingNewClients,
    waitingDays: r.waitingDays,
    nextWalkIn: nextOccurrences(r.serviceAtLocations.flatMap((sal) => sal.schedules), now, 1)[0],
  }));
}

export type ProviderSchedule = {
  id: string;
  byday: string | null;
  freq: string | null;
  opensAt: string | null;
  closesAt: string | null;
  validFrom: string | null;
  validTo: string | null;
  description: unknown;
  cancelledDates: string[];
  /** The next dates it takes place (cancelled ones left out), to cancel one. */
  upcoming: string[];
};

export type ProviderServiceView = {
  id: string;
  name: unknown;
  status: string;
  version: number;
  acceptingNewClients: boolean | null;
  waitingDays: number | null;
  closedReason: Record<string, string> | null;
  reopensOn: string | null;
  places: { index: number; name: string; city: string | null; schedules: ProviderSchedule[] }[];
};

/** One service of the provider's own organization, or null (another's, unknown, or not kept by providers). */
export async function providerService(prisma: PrismaClient, organizationId: string | null, serviceId: string, now = new Date()): Promise<ProviderServiceView | null> {
  if (organizationId === null || !/^[0-9a-f-]{36}$/iu.test(serviceId)) return null;
  const row = await prisma.service.findFirst({
    where: { id: serviceId.toLowerCase(), organizationId, status: { in: [...KEPT_STATUSES] } },
    select: {
      id: true, name: true, status: true, version: true, acceptingNewClients: true, waitingDays: true, closedReason: true, reopensOn: true,
      serviceAtLocations: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: { location: { select: { name: true, city: true } }, schedules: { orderBy: [{ position: "asc" }, { id: "asc" }], select: scheduleSelect } },
      },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    version: row.version,
    acceptingNewClients: row.acceptingNewClients,
    waitingDays: row.waitingDays,
    closedReason: (row.closedReason ?? null) as Record<string, string> | null,
    reopensOn: iso(row.reopensOn),
    places: row.serviceAtLocations.map((sal, index) => ({
      index,
      name: sal.location.name,
      city: sal.location.city,
      schedules: sal.schedules.map((s) => ({
        id: s.id,
        byday: s.byday,
        freq: s.freq,
        opensAt: s.opensAt,
        closesAt: s.closesAt,
        validFrom: iso(s.validFrom),
        validTo: iso(s.validTo),
        description: s.description,
        cancelledDates: s.cancelledDates.map((d) => iso(d)!).sort(),
        upcoming: nextOccurrences([s], now, 8).map((o) => o.date),
      })),
    })),
  };
}
