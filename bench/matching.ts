/**
 * `npm run bench:matching [-- --services N --runs R]`: computes vraagwijzer suggestions
 * over a generated catalogue (default 5,000 services) for R random sets of answers and
 * prints p50/p95/max. Measured, never asserted; the target is p95 under 20 ms.
 */
import { matchServices } from "@/lib/matching/match";
import type { MatchService } from "@/lib/matching/types";
import { ATTENDING, DOMAINS, LANGUAGES, LIVED_EXPERIENCE, SIGNALS, type Answers } from "@/lib/vraagwijzer/answers";
import { generateCatalogue } from "./generate";

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const size = Number(arg("services") ?? 5000);
const runs = Number(arg("runs") ?? 2000);

type Doc = {
  municipalities: Array<{ code: string }>;
  organizations: Array<{ id: string; x_is_care_provider: boolean; x_is_access_team: boolean }>;
  services: Array<Record<string, unknown> & { id: string; organization_id: string; attributes: string[] }>;
};

const document = generateCatalogue(size) as unknown as Doc;
const organizations = new Map(document.organizations.map((o) => [o.id, !o.x_is_care_provider && !o.x_is_access_team]));
const accessTeams = new Set(document.organizations.filter((o) => o.x_is_access_team).map((o) => o.id));
const codes = (attributes: string[], taxonomy: string) => attributes.filter((a) => a.startsWith(`${taxonomy}:`)).map((a) => a.slice(taxonomy.length + 1));

// The same plain objects the loader in lib/vraagwijzer/catalogue.ts hands to matching.
const services: MatchService[] = document.services.map((s) => ({
  id: s.id,
  kind: codes(s.attributes, "co-kind")[0] as MatchService["kind"],
  independent: organizations.get(s.organization_id) ?? false,
  accessTeam: accessTeams.has(s.organization_id),
  active: s.status === "active",
  municipalities: (s.service_areas as Array<{ municipality: string }>).map((a) => a.municipality),
  domains: codes(s.attributes, "co-domain"),
  targetGroups: codes(s.attributes, "co-target-group"),
  attending: codes(s.attributes, "co-attending"),
  languages: s.languages as string[],
  minimumAge: (s.minimum_age as number | undefined) ?? null,
  maximumAge: (s.maximum_age as number | undefined) ?? null,
  handlesComplex: s.x_handles_complex as boolean,
  acceptingNewClients: (s.x_accepting_new_clients as boolean | undefined) ?? null,
  waitingDays: (s.x_waiting_days as number | undefined) ?? null,
  backupServiceId: (s.x_backup_service_id as string | undefined) ?? null,
  supporters: ((s.x_supporters as Array<{ id: string; display_name: string; languages: string[]; lived_experience?: string[] }>) ?? []).map((p) => ({
    id: p.id,
    displayName: p.display_name,
    languages: p.languages,
    livedExperience: (p.lived_experience ?? []).map((code) => code.replace("co-lived-experience:", "")),
  })),
}));

let seed = 7;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
const some = <T>(list: readonly T[], max: number): T[] => [...new Set(Array.from({ length: Math.floor(rnd() * (max + 1)) }, () => pick(list)))];

function randomAnswers(): Answers {
  return {
    forWhom: pick(["self", "child", "carer"] as const),
    municipality: pick(document.municipalities).code,
    domains: some(DOMAINS, 3),
    signals: some(SIGNALS, 2),
    age: rnd() < 0.8 ? Math.floor(rnd() * 95) : undefined,
    kind: pick(["any", "formal", "experience-expert", "volunteer"] as const),
    language: rnd() < 0.5 ? pick(LANGUAGES) : undefined,
    livedExperience: rnd() < 0.3 ? pick(LIVED_EXPERIENCE) : undefined,
    attending: some(ATTENDING, 2),
  };
}

// Warm up the JIT so the figures describe a running portal, not a cold start.
for (let i = 0; i < 200; i += 1) matchServices(services, randomAnswers());

const times: number[] = [];
let suggestions = 0;
for (let i = 0; i < runs; i += 1) {
  const answers = randomAnswers();
  const start = performance.now();
  const result = matchServices(services, answers);
  times.push(performance.now() - start);
  suggestions += result.suggestions.length;
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
console.log(`catalogue                          ${size} services, ${document.municipalities.length} municipalities`);
console.log(`runs                               ${runs} random sets of answers (${(suggestions / runs).toFixed(1)} suggestions on average)`);
console.log(`p50                                ${at(0.5).toFixed(2)} ms`);
console.log(`p95                                ${at(0.95).toFixed(2)} ms   (target: under 20 ms)`);
console.log(`max                                ${times.at(-1)!.toFixed(2)} ms`);
