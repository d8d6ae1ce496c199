import { pgliteTemplateFile, postgresTemplate } from "./db-templates";

/** Before the first test file: the migrated templates every test database is copied from. */
export default async function setup(): Promise<void> {
  await pgliteTemplateFile();
  if (process.env.TEST_DATABASE_URL) await postgresTemplate(process.env.TEST_DATABASE_URL);
}
