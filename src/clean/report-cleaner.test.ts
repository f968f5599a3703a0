/** Report cleaning: article paragraphs kept, removed lines with reasons, header fields, captions and credits apart. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { rawReport } from "../ingest/fixture-reports.js";
import { cleanReport } from "./report-cleaner.js";

const raw = (text: string) => rawReport("t", text);

const PAGE = `The Harbour Light

Fire guts warehouse on the Brenn quay

March 3, 2025 at 8:15 am

Share

A fire destroyed a grain warehouse on the Brenn quay overnight, the harbour authority said.

Advertisement

Firefighters from three towns fought the blaze for six hours before it was brought under control.

Photo by: Coastline Press
Photo by: Coastline Press

Firefighters spray water on the burning warehouse in Brenn, Norland, March 3, 2025.

We use cookies to improve your experience. By continuing you accept our cookie policy.

Sign up for our morning newsletter

Source: Coastline Press

Leave a Reply

Your email address will not be published. Required fields are marked *

Copyright © 2025 The Harbour Light. All rights reserved.`;

describe("report cleaner", () => {
  const clean = cleanReport(raw(PAGE));

  it("keeps only the article paragraphs in the text", () => {
    assert.equal(
      clean.text,
      "A fire destroyed a grain warehouse on the Brenn quay overnight, the harbour authority said.\n\n" +
        "Firefighters from three towns fought the blaze for six hours before it was brought under control.",
    );
  });

  it("lists every removed line with its reason", () => {
    // The first removal of a line gives its reason; a repeat of it is removed as a repeat.
    const reasons = Object.fromEntries([...clean.removed].reverse().map((r) => [r.text, r.reason]));
    assert.ok(clean.removed.some((r) => r.reason === "repeated line"));
    assert.equal(reasons.Share, "share bar");
    assert.equal(reasons.Advertisement, "advertisement");
    assert.equal(reasons["Photo by: Coastline Press"], "photo credit");
    assert.equal(reasons["Leave a Reply"], "comment form");
    assert.equal(reasons["Sign up for our morning newsletter"], "newsletter box");
    assert.equal(reasons["Copyright © 2025 The Harbour Light. All rights reserved."], "copyright line");
    assert.match(
      reasons["We use cookies to improve your experience. By continuing you accept our cookie policy."] ?? "",
      /cookie/,
    );
    assert.equal(reasons["March 3, 2025 at 8:15 am"], "dateline");
    assert.equal(reasons["The Harbour Light"], "masthead");
  });

  it("reads masthead, headline and dateline from the header", () => {
    assert.equal(clean.outlet, "The Harbour Light");
    assert.equal(clean.outletBasis, "masthead");
    assert.equal(clean.title, "Fire guts warehouse on the Brenn quay");
    assert.equal(clean.declaredDate, "2025-03-03");
    assert.equal(clean.declaredDateBasis, "dateline");
  });

  it("keeps captions and credits apart from the text", () => {
    assert.deepEqual(clean.captions, [
      "Firefighters spray water on the burning warehouse in Brenn, Norland, March 3, 2025.",
    ]);
    assert.deepEqual(clean.credits, ["Coastline Press"]);
  });

  it("takes the outlet from an 'and agencies' credit when there is no masthead", () => {
    const c = cleanReport(
      raw(
        "Storm closes port\n\nThe port closed on Monday as winds rose above 100 km/h.\n\nHarbour Light and agencies",
      ),
    );
    assert.equal(c.outlet, "Harbour Light");
    assert.equal(c.outletBasis, "credit line");
    assert.equal(c.title, "Storm closes port");
  });

  it("splits a sub-heading glued to its paragraph", () => {
    const c = cleanReport(
      raw(
        "The port reopened on Tuesday after the storm passed.\n\n- 'Worst in years' -\"It was the worst storm in years,\" said a pilot.",
      ),
    );
    assert.equal(c.text.split("\n\n")[1], "'Worst in years'");
  });

  it("re-joins hard-wrapped lines and collapses spaces", () => {
    const c = cleanReport(
      raw(
        "The harbour authority said that the quay would stay closed for\nat least a week while engineers  inspect the damage.",
      ),
    );
    assert.equal(
      c.text,
      "The harbour authority said that the quay would stay closed for at least a week while engineers inspect the damage.",
    );
  });
});
