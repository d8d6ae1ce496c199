import { CommandRejected } from "@/lib/db/owner";
import { restrictNewFiles } from "@/lib/db/data-dir";
import { DatabaseInUseError } from "@/lib/db/lock";
import { ConfigError } from "@/lib/env";
import { logToStandardError } from "@/lib/log";

/**
 * Runs a script's main function and ends the process with its exit code. Expected
 * failures end with one clear sentence, never a stack trace: 1 the input was refused
 * (nothing changed), 2 a wrong call (usage), 3 a wrong setting or a database in use.
 * Anything unexpected is logged in full with 4, so a script can tell a fault of ours
 * from "your file is invalid".
 */
export function runMain(main: () => Promise<number>): void {
  // Files a command writes (exports, the embedded database) are for the portal's user only.
  restrictNewFiles();
  logToStandardError();
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      if (error instanceof CommandRejected) {
        console.error(error.message);
        process.exit(1);
      }
      if (error instanceof ConfigError || error instanceof DatabaseInUseError) {
        console.error(error.message);
        process.exit(3);
      }
      console.error("Unexpected error:", error);
      process.exit(4);
    },
  );
}
