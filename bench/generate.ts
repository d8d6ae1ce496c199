/**
 * A generated catalogue of any size in the interchange format, for benchmarks.
 * Deterministic (seeded), with the vocabularies of the demo catalogue and a realistic
 * spread of kinds, domains, languages, locations, schedules and supporters.
 */
import { readFileSync } from "node:fs";

type Json = Record<string, unknown>;

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function uuid(kind: number, n: number): string {
  const hex = (kind * 1_000_000_000 + n).toString(16).padStart(32, "0");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const words = ["Hulp", "Steun", "Samen", "Naast u", "Wegwijs", "Thuis", "Buurt", "Raad", "Maatje", "Vraagwijs"];
const towns = ["Almere", "Breda", "Delft", "Ede", "Gouda", "Hoorn", "Leiden", "Oss", "Tiel", "Venlo"];
const languages = ["en", "tr", "ar", "pl", "ber", "pap", "so", "ti", "uk", "fr", "de", "es"];
const days = ["MO", "TU", "WE", "TH", "FR"];

export function generateCatalogue(services: number, seed = 1): Json {
  const rnd = random(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(rnd() * list.length)]!;
  const some = <T>(list: T[], max: number): T[] => [...new Set(Array.from({ length: 1 + Math.floor(rnd() * max) }, () => pick(list)))];
  const demo = JSON.parse(readFileSync("prisma/demo/catalogue.json", "utf8")) as { taxonomies: Json[] };
  const codes = (id: string) =>
    ((demo.taxonomies.find((t) => t.id === id)?.terms as { code: string }[] | undefined) ?? []).map((t) => `${id}:${t.code}`);

  const municipalities = towns.map((name, i) => ({
    code: `GM${String(100 + i).padStart(4, "0")}`,
    name,
    access_team: { name: { nl: `Wijkteam ${name}`, en: `${name} neighbourhood team` }, phone: `010 ${String(1000000 + i).slice(1)}` },
  }));
  const orgCount = Math.max(1, Math.ceil(services / 5));
  const organizations = Array.from({ length: orgCount }, (_, i) => ({
    id: uuid(1, i),
    name: `Stichting ${pick(words)} ${i}`,
    description: { nl: "Een organisatie voor cliëntondersteuning.", en: "An organisation for client support." },
    x_is_care_provider: rnd() < 0.1,
    x_is_access_team: rnd() < 0.03,
  }));
  const locationCount = Math.max(1, Math.ceil(services / 6));
  const locations = Array.from({ length: locationCount }, (_, i) => ({
    id: uuid(2, i),
    name: `Buurthuis ${pick(words)} ${i}`,
    location_type: "physical",
    address: { address_1: `Dorpsstraat ${1 + (i % 200)}`, city: pick(towns), postal_code: `${1000 + (i % 8999)} AB`, country: "NL" },
    accessibility: [{ description: { nl: "Rolstoeltoegankelijk.", en: "Wheelchair accessible." } }],
  }));
  const formalIds: string[] = [];
  const list = Array.from({ length: services }, (_, i) => {
    const kind = i % 10 < 3 ? "formal" : i % 10 < 6 ? "experience-expert" : "volunteer";
    const id = uuid(3, i);
    if (kind === "formal") formalIds.push(id);
    const name = `${pick(words)} ${pick(["cliëntondersteuning", "ouderenadvies", "formulierenhulp", "budgetmaatje"])} ${i}`;
    return {
      id,
      organization_id: uuid(1, i % orgCount),
      name: { nl: name, en: `${name} (en)` },
      description: { nl: "Wij helpen u met vragen over zorg, geld en wonen. Wij komen ook bij u thuis.", en: "We help with care, money and housing." },
      status: rnd() < 0.92 ? "active" : pick(["inactive", "temporarily closed", "defunct"]),
      phones: [{ number: `06 ${String(10000000 + i).slice(0, 8)}`, type: "voice" }],
      minimum_age: rnd() < 0.5 ? 18 : undefined,
      assured_date: "2026-10-01",
      service_areas: some(municipalities, 2).map((m) => ({ municipality: m.code })),
      languages: ["nl", ...some(languages, 3)],
      attributes: [`co-kind:${kind}`, ...some(codes("co-domain"), 4), ...some(codes("co-target-group"), 2), ...some(codes("co-attending"), 3)],
      service_at_locations: [
        {
          location_id: uuid(2, i % locationCount),
          schedules: [{ freq: "WEEKLY", byday: pick(days), opens_at: "09:30", closes_at: "12:00" }],
        },
      ],
      x_handles_complex: kind === "formal",
      x_accepting_new_clients: rnd() < 0.85,
      x_waiting_days: Math.floor(rnd() * 30),
      ...(kind !== "formal" && formalIds.length > 0 ? { x_backup_service_id: pick(formalIds) } : {}),
      x_supporters: Array.from({ length: Math.floor(rnd() * 3) }, (_, s) => ({
        id: uuid(4, i * 4 + s),
        display_name: `${pick(["Anna", "Mehmet", "Fatima", "Joris", "Olga", "Samir"])} ${String.fromCharCode(65 + s)}.`,
        bio: { nl: "Ik help u graag.", en: "I am happy to help." },
        languages: ["nl", pick(languages)],
        ...(kind === "experience-expert" ? { lived_experience: some(codes("co-lived-experience"), 2) } : {}),
      })),
    };
  });
  // Optional fields are left out, never undefined.
  const services_ = JSON.parse(JSON.stringify(list)) as Json[];
  return {
    profile: "hsds-nl-clientondersteuning/1",
    generated_at: "2026-11-25T09:00:00+01:00",
    municipalities,
    taxonomies: demo.taxonomies,
    organizations,
    services: services_,
    locations,
  };
}
