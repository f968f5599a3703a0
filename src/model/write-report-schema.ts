/** `npm run schema`: writes schema/report.schema.json from the zod contract. */
import { writeFileSync } from "node:fs";
import { reportJsonSchemaText } from "./report-json-schema.js";

const target = new URL("../../schema/report.schema.json", import.meta.url);
writeFileSync(target, reportJsonSchemaText());
process.stdout.write(`wrote ${target.pathname}\n`);
