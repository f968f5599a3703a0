/** The committed report JSON Schema matches the zod contract, names its version and requires the top-level fields. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { reportJsonSchemaText } from "./report-json-schema.js";

describe("report JSON Schema", () => {
  it("is committed as generated from the zod contract (run `npm run schema` after changing it)", () => {
    const committed = readFileSync(new URL("../../schema/report.schema.json", import.meta.url), "utf8");
    assert.equal(committed, reportJsonSchemaText());
  });

  it("names the schema version and requires the contract's top-level fields", () => {
    const schema = JSON.parse(reportJsonSchemaText()) as {
      required: string[];
      properties: { schema: { const: string } };
    };
    assert.deepEqual([...schema.required].sort(), ["problems", "reports", "schema", "stories"]);
    assert.equal(schema.properties.schema.const, "triangulate.report/1");
  });
});
