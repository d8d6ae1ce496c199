import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * A client whose transactions fail at one chosen call (e.g. "supporter.deleteMany", or
 * `insert:Table` for the import's raw batch insert into that table), to prove that an
 * import failing half way leaves nothing behind.
 */
export function failingAt(prisma: PrismaClient, target: string): PrismaClient {
  const wrapTx = (tx: object) =>
    new Proxy(tx, {
      get(client, model: string) {
        if (model === "$executeRawUnsafe" && target.startsWith("insert:")) {
          const execute = Reflect.get(client, model) as (sql: string, ...values: unknown[]) => Promise<number>;
          return async (sql: string, ...values: unknown[]) => {
            if (sql.startsWith(`INSERT INTO "${target.slice("insert:".length)}" `)) throw new Error(`simulated failure at ${target}`);
            return execute.call(client, sql, ...values);
          };
        }
        const delegate = Reflect.get(client, model) as unknown;
        if (typeof delegate !== "object" || delegate === null) return delegate;
        return new Proxy(delegate, {
          get(d, operation: string) {
            const method = Reflect.get(d, operation) as unknown;
            if (`${model}.${operation}` !== target || typeof method !== "function") return method;
            return async () => {
              throw new Error(`simulated failure at ${target}`);
            };
          },
        });
      },
    });
  return new Proxy(prisma, {
    get(client, property: string) {
      if (property !== "$transaction") return Reflect.get(client, property) as unknown;
      return (work: (tx: object) => Promise<unknown>, options?: object) =>
        client.$transaction((tx) => work(wrapTx(tx)), options);
    },
  });
}
