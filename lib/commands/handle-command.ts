import type { z } from "zod";
import { CommandRejected, type CommandDatabase } from "@/lib/db/owner";
import { commandEntry, isCommandName } from "./registry";

/**
 * The receiving side: what the owner runs for a name and a payload. The payload is
 * checked again here, whoever sent it, and a bad one is refused before anything runs.
 */
export function payloadProblem(name: string, error: z.ZodError): string {
  const issues = error.issues.map((issue) => `${issue.path.join(".") || "payload"}: ${issue.message}`);
  return `The ${name} command refused its payload (${issues.join("; ")}); nothing was changed.`;
}

export async function handleCommand(name: string, payload: unknown, db: CommandDatabase): Promise<unknown> {
  if (!isCommandName(name)) throw new CommandRejected(`There is no command ${name}; nothing was changed.`);
  const command = commandEntry(name);
  const parsed = command.payload.safeParse(payload);
  if (!parsed.success) throw new CommandRejected(payloadProblem(name, parsed.error));
  return command.run(db, parsed.data);
}
