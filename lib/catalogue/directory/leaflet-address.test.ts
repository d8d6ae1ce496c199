import { describe, expect, it } from "vitest";
import { leafletAddress } from "./leaflet-address";

describe("leafletAddress", () => {
  it("is the municipality's directory on the portal's address, in the leaflet's language", () => {
    expect(leafletAddress("https://hulp.gemeente.nl", "nl", "GM0344")).toBe("https://hulp.gemeente.nl/nl/aanbod?gemeente=GM0344");
    expect(leafletAddress("https://hulp.gemeente.nl/", "en", "GM0321")).toBe("https://hulp.gemeente.nl/en/aanbod?gemeente=GM0321");
  });
  it("is the whole directory when the leaflet covers every municipality", () => {
    expect(leafletAddress("http://127.0.0.1:3000", "nl", undefined)).toBe("http://127.0.0.1:3000/nl/aanbod");
  });
});
