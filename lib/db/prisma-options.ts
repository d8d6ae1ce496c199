/**
 * Options of every Prisma client. Prisma keeps the plans of the last 1,000 different
 * statements by default; a plan for a batch insert holds the batch's values, so an import
 * of 5,000 services kept some 200 MB of plans (measured with `npm run bench:import`).
 * The cache drops the least recently used plan first, so the queries of every request
 * stay in it, and an import can no longer fill it with its batches.
 */
export const prismaOptions = { queryPlanCacheMaxSize: 100 } as const;
