import { describe, expect, it } from "vitest";
import { refusedRequest } from "./refused-request";
import { bodyLimitFor, MAX_BODY_BYTES, UPLOAD_BODY_BYTES } from "./request-body";

const SERVICE = "5e4ff516-9f7d-5f41-97d2-9cf26b1a4a3a";
const post = (pathname: string, bytes: number) =>
  refusedRequest({ method: "POST", headers: new Headers({ "content-length": String(bytes), host: "portal.test", origin: "http://portal.test" }), nextUrl: { pathname } });

describe("request body ceilings", () => {
  it("allow a photo's size only on a supporter's page", () => {
    expect(bodyLimitFor(`/nl/beheer/diensten/${SERVICE}/ondersteuners/nieuw`)).toBe(UPLOAD_BODY_BYTES);
    expect(bodyLimitFor(`/en/beheer/diensten/${SERVICE}/ondersteuners/${SERVICE}`)).toBe(UPLOAD_BODY_BYTES);
    expect(bodyLimitFor(`/nl/beheer/diensten/${SERVICE}`)).toBe(MAX_BODY_BYTES);
    expect(bodyLimitFor(`/nl/beheer/diensten/${SERVICE}/ondersteuners/nieuw/extra`)).toBe(MAX_BODY_BYTES);
    expect(post(`/nl/beheer/organisaties/${SERVICE}`, 2 * 1024 * 1024)?.status).toBe(413);
    expect(post(`/nl/beheer/diensten/${SERVICE}/ondersteuners/nieuw`, 4 * 1024 * 1024)?.status).toBe(413);
  });
});
