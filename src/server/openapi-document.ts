/** The OpenAPI 3.1 description of the HTTP API, served at /openapi.json; its schemas come from the zod ones. */
import { z } from "zod";
import { recordSchema } from "../ingest/jsonl-record.js";
import {
  claimSchema,
  problemSchema,
  quoteSchema,
  reportEntrySchema,
  storySchema,
} from "../model/report-schema.js";

/** A zod schema as JSON Schema 2020-12 (what OpenAPI 3.1 uses), without the `$schema` key. */
function jsonSchema(schema: z.ZodType, io: "input" | "output" = "output"): object {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { target: "draft-2020-12", io });
  return rest;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const arrayOf = (name: string) => ({ type: "array", items: ref(name) });

const error = {
  description: "an error",
  content: {
    "application/json": {
      schema: {
        type: "object",
        required: ["error"],
        properties: {
          error: {
            type: "object",
            required: ["code", "message"],
            properties: {
              code: {
                type: "string",
                enum: [
                  "not_found",
                  "bad_request",
                  "unauthorized",
                  "too_large",
                  "unsupported_media_type",
                  "internal",
                ],
              },
              message: { type: "string" },
            },
          },
        },
      },
    },
  },
};

const json = (description: string, schema: object) => ({
  description,
  content: { "application/json": { schema } },
});

const added = {
  type: "object",
  properties: {
    added: {
      type: "array",
      items: {
        type: "object",
        properties: { id: { type: "string" }, story: { type: ["string", "null"] } },
      },
    },
    duplicates: { type: "array", items: { type: "string" } },
    problems: arrayOf("Problem"),
  },
};

export const OPENAPI_DOCUMENT = {
  openapi: "3.1.0",
  info: {
    title: "Triangulate",
    version: "0.1.0",
    description:
      "Stories built from news reports: their reports, entities, claim ledger, quotes, timeline and cited summary. " +
      "Story and report objects follow schema/report.schema.json (triangulate.report/1).",
  },
  components: {
    securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
    schemas: {
      Story: jsonSchema(storySchema),
      Report: jsonSchema(reportEntrySchema),
      Claim: jsonSchema(claimSchema),
      Quote: jsonSchema(quoteSchema),
      Problem: jsonSchema(problemSchema),
      ReportRecord: jsonSchema(recordSchema, "input"),
    },
  },
  paths: {
    "/stories": {
      get: {
        summary: "List stories, newest activity first, or search them (full text over titles and summaries)",
        parameters: [{ name: "q", in: "query", required: false, schema: { type: "string" } }],
        responses: {
          "200": json("stories", {
            type: "object",
            properties: {
              stories: {
                type: "array",
                items: {
                  type: "object",
                  properties: {
                    id: { type: "string" },
                    title: { type: "string" },
                    reports: { type: "integer" },
                    independentSources: { type: "integer" },
                    disputes: { type: "integer" },
                    phaseOf: { type: ["string", "null"] },
                    lastActivity: { type: ["string", "null"], format: "date" },
                  },
                },
              },
            },
          }),
        },
      },
    },
    "/stories/{id}": {
      get: {
        summary:
          "One story with its reports: entities, claims and claim groups, disputes, quotes, timeline, summary, copies",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        responses: {
          "200": json("the story and its reports", {
            type: "object",
            required: ["story", "reports"],
            properties: { story: ref("Story"), reports: arrayOf("Report") },
          }),
          "301": {
            description: "the story was merged into another: Location is /stories/<the story it went into>",
          },
          "404": error,
        },
      },
    },
    "/reports/{id}": {
      get: {
        summary: "One report with its cleaned text and what the analysis found in it",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        responses: {
          "200": json("the report and its annotations", {
            type: "object",
            required: ["report", "annotations"],
            properties: {
              report: ref("Report"),
              annotations: {
                type: "object",
                properties: {
                  stories: { type: "array", items: { type: "string" } },
                  claims: arrayOf("Claim"),
                  quotes: arrayOf("Quote"),
                  entities: {
                    type: "array",
                    items: {
                      type: "object",
                      properties: {
                        id: { type: "string" },
                        name: { type: "string" },
                        type: { type: "string" },
                        mentions: { type: "array", items: { type: "object" } },
                      },
                    },
                  },
                },
              },
            },
          }),
          "404": error,
        },
      },
    },
    "/reports": {
      post: {
        summary:
          "Add reports: a JSON record or array of records ({id?, text|html, url?, outlet?, title?, published?}), or one HTML page. " +
          "Needs Authorization: Bearer <TRIANGULATE_TOKEN> whenever the server has a token (always when it listens beyond loopback). " +
          "A report with no article text after cleaning is not stored but listed under problems (400 when nothing was stored).",
        security: [{ bearer: [] }, {}],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { oneOf: [ref("ReportRecord"), arrayOf("ReportRecord")] },
            },
            "text/html": { schema: { type: "string" } },
          },
        },
        responses: {
          "201": json("reports added, each with its story", added),
          "200": json("every report was stored already", added),
          "400": error,
          "401": error,
          "413": error,
          "415": error,
          "500": error,
        },
      },
    },
    "/openapi.json": {
      get: { summary: "This document", responses: { "200": json("OpenAPI 3.1", { type: "object" }) } },
    },
  },
} as const;
