/** `npm run catalogue:import`: the catalogue.import command; its options and output are in lib/commands/catalogue-import.ts. */
import { runCommand } from "@/lib/commands/run-command";

runCommand("catalogue.import");
