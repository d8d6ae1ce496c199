import type { Env } from "@/lib/env";
import { CommandRejected, runInOwningProcess, type Route } from "@/lib/db/owner";
import { handleCommand, payloadProblem } from "./handle-command";
import { commandEntry, type CommandName, type PayloadOf, type ResultOf } from "./registry";

/**
 * The sending side: runs a registered command on the configured database, here or in
 * the process that owns it, and gives its result the type of the registry entry.
 */
export async function performCommand<N extends CommandName>(
  name: N,
  payload: PayloadOf<N>,
  options: { config?: Env; onRoute?: (where: Route) => void } = {},
): Promise<ResultOf<N>> {
  const check = commandEntry(name).payload.safeParse(payload);
  if (!check.success) throw new CommandRejected(payloadProblem(name, check.error));
  // The original payload is sent, not the parsed one: the owner parses it itself.
  const result = await runInOwningProcess(name, payload, handleCommand, options);
  // The result crossed a JSON channel from the same registry entry's run().
  return result as ResultOf<N>;
}
