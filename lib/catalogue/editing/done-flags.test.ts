import { describe, expect, it } from "vitest";
import { doneFlags } from "./done-flags";

describe("doneFlags", () => {
  it("reads what a publish did from the address", () => {
    expect(doneFlags({ gepubliceerd: "1" }).published).toBe("changed");
    expect(doneFlags({ gepubliceerd: "0" }).published).toBe("unchanged");
    expect(doneFlags({ gepubliceerd: "zonder-foto" }).published).toBe("photoNotPlaced");
  });

  it("ignores anything else in the address, also an object's own property names", () => {
    for (const gepubliceerd of [undefined, "", "2", "constructor", "__proto__", "toString", ["1", "0"]]) {
      expect(doneFlags({ gepubliceerd }).published).toBeUndefined();
    }
    expect(doneFlags({ opgeslagen: "1", weggegooid: "ja" })).toEqual({ saved: true, published: undefined, discarded: false });
  });
});
