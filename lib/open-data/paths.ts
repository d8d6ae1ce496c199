/** Where open data lives on the portal: the API, the downloads and the documents describing them. */
export const OPEN_DATA_PATHS = {
  api: "/api/hsds",
  catalogue: "/api/open-data/catalogue.json",
  tabular: "/api/open-data/hsds-csv.zip",
  /** A copy of shared/catalogue/PROFILE.md, served from public/. */
  profile: "/open-data/hsds-nl-clientondersteuning-1.md",
  /** HSDS's OpenAPI document with the portal's extra filters, served from public/. */
  openapi: "/open-data/openapi.json",
} as const;
