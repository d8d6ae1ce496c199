import { ConfigError } from "@/lib/env";
import { DatabaseInUseError, type OwnerInfo } from "./lock";

/**
 * Runs a command-line script: expected failures (a wrong setting, a database in use)
 * end with one clear sentence and exit code 3, never a stack trace; anything
 * unexpected is logged in full with exit code 4.
 */
export function runCli(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      if (error instanceof ConfigError || error instanceof DatabaseInUseError) {
        console.error(error.message);
        process.exit(3);
      }
      // A distinct code, so scripts can tell a fault of ours from "your file is invalid" (1).
      console.error("Unexpected error:", error);
      process.exit(4);
    },
  );
}

/** A line telling the user where the work ran, for scripts that may hand work to the server. */
export function describeRoute(where: "here" | OwnerInfo): string {
  return where === "here"
    ? "Database opened by this command."
    : `The portal (pid ${where.pid}) owns the embedded database; the work is done there.`;
}
