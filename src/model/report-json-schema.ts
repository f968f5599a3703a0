/** The JSON Schema of `report.json`, generated from the zod contract so the two cannot drift apart. */
import { z } from "zod";
import { REPORT_SCHEMA_ID, reportSchema } from "./report-schema.js";

export function reportJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(reportSchema, { target: "draft-2020-12", io: "output" }),
    $id: `https://triangulate.invalid/schema/${REPORT_SCHEMA_ID}.json`,
    title: "Triangulate report",
    description: `The report written to report.json, schema ${REPORT_SCHEMA_ID}. Fields may be added; none are renamed.`,
  };
}

/** The schema as it is stored in schema/report.schema.json. */
export function reportJsonSchemaText(): string {
  return `${JSON.stringify(reportJsonSchema(), null, 2)}\n`;
}
