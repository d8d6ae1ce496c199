import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { GET as root } from "@/app/api/hsds/route";
import { GET as organizationList } from "@/app/api/hsds/organizations/route";
import { GET as organizationOne } from "@/app/api/hsds/organizations/[id]/route";
import { GET as salList } from "@/app/api/hsds/service_at_locations/route";
import { GET as salOne } from "@/app/api/hsds/service_at_locations/[id]/route";
import { GET as serviceList } from "@/app/api/hsds/services/route";
import { GET as serviceOne } from "@/app/api/hsds/services/[id]/route";
import { GET as taxonomyList } from "@/app/api/hsds/taxonomies/route";
import { GET as taxonomyOne } from "@/app/api/hsds/taxonomies/[id]/route";
import { GET as termList } from "@/app/api/hsds/taxonomy_terms/route";
import { GET as termOne } from "@/app/api/hsds/taxonomy_terms/[id]/route";
import { GET as catalogueDownload } from "@/app/api/open-data/catalogue.json/route";
import { GET as tabularDownload } from "@/app/api/open-data/hsds-csv.zip/route";

/** The open-data route handlers called as Next.js calls them: a Request (and the path's id). */
type Handler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;

const lists: Record<string, (request: Request) => Promise<Response>> = {
  "": root,
  services: serviceList,
  organizations: organizationList,
  taxonomies: taxonomyList,
  taxonomy_terms: termList,
  service_at_locations: salList,
  "catalogue.json": catalogueDownload,
  "hsds-csv.zip": tabularDownload,
};
const ones: Record<string, Handler> = {
  services: serviceOne as Handler,
  organizations: organizationOne as Handler,
  taxonomies: taxonomyOne as Handler,
  taxonomy_terms: termOne as Handler,
  service_at_locations: salOne as Handler,
};

/** GET /api/hsds/<path>?<query> from one visitor address. */
export function get(pathAndQuery: string, address = "198.51.100.1", headers: Record<string, string> = {}): Promise<Response> {
  const url = new URL(`http://portal.test/api/hsds/${pathAndQuery}`);
  const [resource = "", id] = url.pathname.replace("/api/hsds/", "").split("/");
  // The address as the portal's own HTTP server stamps it (lib/server/http-server.ts).
  const request = new Request(url, { headers: { [CLIENT_ADDRESS_HEADER]: address, ...headers } });
  if (id !== undefined) return ones[resource]!(request, { params: Promise.resolve({ id: decodeURIComponent(id) }) });
  return lists[resource]!(request);
}

export async function getJson<T = Record<string, unknown>>(pathAndQuery: string, address?: string): Promise<T> {
  const response = await get(pathAndQuery, address);
  if (response.status !== 200) throw new Error(`${pathAndQuery}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}
