/** Credit lines: reading a source line, naming its wire agency, and no wire for generic credits or look-alikes. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { creditLine, wireAgencies } from "./credit-line.js";

describe("credit lines", () => {
  it("reads a source line and names its wire agency the usual way", () => {
    assert.deepEqual(creditLine("Source: Agence France Presse"), {
      credit: "Agence France Presse",
      outlet: null,
    });
    assert.deepEqual(wireAgencies("Agence France Presse"), ["AFP"]);
    assert.deepEqual(wireAgencies("with AP and Reuters"), ["Reuters", "AP"]);
  });

  it("names no wire for a generic credit or a word that only looks like one", () => {
    assert.deepEqual(wireAgencies("TRTWorld and agencies"), []);
    assert.deepEqual(wireAgencies("Additional reporting by Ana Ruiz; map by the apothecary"), []);
    assert.deepEqual(wireAgencies("Reporting by Efe Kerem"), []);
    assert.deepEqual(wireAgencies("Compiled by AP Dhillon"), []);
  });
});
