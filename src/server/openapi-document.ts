/** The OpenAPI 3.1 description of the HTTP API, served at /openapi.json. */

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

export const OPENAPI_DOCUMENT = {
  openapi: "3.1.0",
  info: {
    title: "Triangulate",
    version: "0.1.0",
    description:
      "Stories built from news reports: their reports, entities, claim ledger, quotes, timeline and cited summary. " +
      "Story and report objects follow schema/report.schema.json (triangulate.report/1).",
  },
  components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
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
        responses: { "200": json("the story and its reports", { type: "object" }), "404": error },
      },
    },
    "/reports/{id}": {
      get: {
        summary: "One report with its cleaned text and what the analysis found in it",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        responses: { "200": json("the report and its annotations", { type: "object" }), "404": error },
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
              schema: { oneOf: [{ type: "object" }, { type: "array", items: { type: "object" } }] },
            },
            "text/html": { schema: { type: "string" } },
          },
        },
        responses: {
          "201": json("reports added, each with its story", { type: "object" }),
          "200": json("every report was stored already", { type: "object" }),
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
