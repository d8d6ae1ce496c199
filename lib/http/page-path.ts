/** The request header proxy.ts sets to the page's path, for server components (which are not told it). */
export const PAGE_PATH_HEADER = "x-portal-page-path";
