// Validates bodies against LINE's OpenAPI descriptions (spec/*.yml) with ajv, plus the documented limits
// the YAML does not encode (text ≤ 5,000, labels ≤ 20, buttons ≤ 4 …; see documented-limits.ts).
import { readFileSync } from "node:fs";
import Ajv, { type ErrorObject, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { parse } from "yaml";
import { documentedLimitErrors } from "./documented-limits.js";

type Schema = Record<string, unknown>;
interface OpenApi {
  paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> } }>>;
  components: { schemas: Record<string, Schema> };
}

const SCHEMA_PREFIX = "#/components/schemas/";
const nameOf = (ref: string) => ref.slice(SCHEMA_PREFIX.length);

/**
 * OpenAPI 3.0 expresses message and action types as a base schema with a `discriminator` mapping, and
 * each subtype extends the base through `allOf`. JSON Schema has no discriminator, and following the
 * subtype → base → subtype references naively recurses forever. So: each discriminated schema becomes
 * "the base properties + `type` must be one of the mapping keys + if type = k then the mapped subtype",
 * and subtypes extend a copy of the base without the dispatch (`<Name>__base`).
 */
export function expandDiscriminators(schemas: Record<string, Schema>): Record<string, Schema> {
  const out = structuredClone(schemas);
  const discriminated = new Set(
    Object.keys(out).filter((name) => (out[name]?.discriminator as { mapping?: unknown })?.mapping),
  );
  for (const schema of Object.values(out)) {
    if (!Array.isArray(schema.allOf)) continue;
    schema.allOf = schema.allOf.map((part: Schema) =>
      typeof part.$ref === "string" && discriminated.has(nameOf(part.$ref))
        ? { $ref: `${part.$ref}__base` }
        : part,
    );
  }
  for (const name of discriminated) {
    const { discriminator, ...base } = out[name] as Schema & {
      discriminator: { propertyName: string; mapping: Record<string, string> };
    };
    const property = discriminator.propertyName;
    const mapping = Object.entries(discriminator.mapping).filter(([, ref]) => nameOf(ref) in out);
    out[`${name}__base`] = base;
    out[name] = {
      type: "object",
      required: [property],
      properties: { [property]: { enum: mapping.map(([value]) => value) } },
      allOf: [
        { $ref: `${SCHEMA_PREFIX}${name}__base` },
        ...mapping.map(([value, ref]) => ({
          if: { properties: { [property]: { const: value } }, required: [property] },
          // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword, not a thenable.
          then: { $ref: ref },
        })),
      ],
    };
  }
  return out;
}

function loadSpec(file: string): OpenApi {
  return parse(readFileSync(new URL(`./spec/${file}`, import.meta.url), "utf8")) as OpenApi;
}

function createAjv(): Ajv {
  // strict: false because OpenAPI adds keywords JSON Schema lacks (externalDocs, example, nullable).
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat("int32", {
    type: "number",
    validate: (n: number) => Number.isInteger(n) && Math.abs(n) < 2 ** 31,
  });
  ajv.addFormat("int64", { type: "number", validate: (n: number) => Number.isInteger(n) });
  ajv.addFormat("double", { type: "number", validate: () => true });
  return ajv;
}

const describeErrors = (errors: ErrorObject[] | null | undefined) => [
  ...new Set(
    (errors ?? [])
      // if/then failures repeat the real error one level up; keep the specific ones.
      .filter((e) => e.keyword !== "if")
      .map((e) => `${e.instancePath || "/"} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`),
  ),
];

export class LineSpec {
  private readonly ajv = createAjv();
  private readonly messaging = loadSpec("messaging-api.yml");
  private readonly cache = new Map<string, ValidateFunction>();

  constructor() {
    this.ajv.addSchema({
      $id: "messaging",
      components: { schemas: expandDiscriminators(this.messaging.components.schemas) },
    });
    const webhook = loadSpec("webhook.yml");
    this.ajv.addSchema({
      $id: "webhook",
      components: { schemas: expandDiscriminators(webhook.components.schemas) },
    });
  }

  private validator(id: string): ValidateFunction {
    let validate = this.cache.get(id);
    if (!validate) {
      validate = this.ajv.getSchema(id);
      if (!validate) throw new Error(`no schema ${id}`);
      this.cache.set(id, validate);
    }
    return validate;
  }

  /** The request schema of `POST <path>` in messaging-api.yml, or null if the spec has no such operation. */
  requestSchemaName(path: string, method = "post"): string | null {
    const ref =
      this.messaging.paths[path]?.[method]?.requestBody?.content?.["application/json"]?.schema?.$ref;
    return typeof ref === "string" ? nameOf(ref) : null;
  }

  /** Errors in a request body the bot sent to `POST <path>`; empty when LINE would accept it. */
  validateRequest(path: string, body: unknown): string[] {
    const name = this.requestSchemaName(path);
    if (!name) return [`POST ${path} is not an operation in messaging-api.yml`];
    const validate = this.validator(`messaging#/components/schemas/${name}`);
    const schemaErrors = validate(body) ? [] : describeErrors(validate.errors);
    return [...schemaErrors, ...documentedLimitErrors(path, body)];
  }

  /** Errors in a webhook body (a fixture) against webhook.yml's CallbackRequest. */
  validateWebhook(body: unknown): string[] {
    const validate = this.validator("webhook#/components/schemas/CallbackRequest");
    return validate(body) ? [] : describeErrors(validate.errors);
  }
}
