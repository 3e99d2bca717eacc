import { z } from "zod";

// Configuration per ../shared/CONTRACT.md, parsed once at start-up. A bad value throws a ConfigError
// that names the variable, so the process (or the Worker's first request) fails loudly.

const phone = z
  .string()
  .trim()
  .regex(/^[0-9+][0-9-]{5,19}$/, "must be a phone number such as 03-1234-5678");

const origins = z
  .string()
  .default("")
  .transform((value) =>
    value
      .split(",")
      .map((origin) => origin.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.url({ protocol: /^https?$/ }).transform((url) => new URL(url).origin)));

const optionalSecret = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined));

export const configSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(8787),
  CLINIC_NAME: z.string().trim().min(1).max(100).default("さくら脳神経内科クリニック"),
  CLINIC_PHONE: phone.default("03-0000-0000"),
  CLINIC_HOURS: z.string().trim().min(1).max(200).default("平日 9:00〜17:00"),
  ALLOWED_ORIGINS: origins,
  LINE_CHANNEL_SECRET: optionalSecret,
  LINE_CHANNEL_ACCESS_TOKEN: optionalSecret,
  LINE_API_BASE_URL: z
    .url({ protocol: /^https?$/ })
    .default("https://api.line.me")
    .transform((url) => url.replace(/\/+$/, "")),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100000).default(30),
  // Node only: processes serving the port (node:cluster). More than one multiplies throughput on a
  // multi-core machine; rate limits and LINE state stay in the primary (cluster-state.ts).
  NODE_WORKERS: z.coerce.number().int().min(1).max(64).default(1),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(`Invalid configuration: ${variable} ${detail}`);
    this.name = "ConfigError";
  }
}

/** Parses environment-like input (process.env or a Worker's env). Unknown keys are ignored. */
export function parseConfig(env: Record<string, unknown>): Config {
  const picked: Record<string, unknown> = {};
  for (const key of Object.keys(configSchema.shape)) {
    const value = env[key];
    // An empty string means "unset" for optional variables, as in most .env tooling.
    if (typeof value === "string" && value.trim() === "" && key !== "ALLOWED_ORIGINS") continue;
    if (value !== undefined) picked[key] = value;
  }
  const result = configSchema.safeParse(picked);
  if (!result.success) {
    const issue = result.error.issues[0];
    const variable = String(issue?.path[0] ?? "configuration");
    throw new ConfigError(variable, `— ${issue?.message ?? "is invalid"}`);
  }
  return result.data;
}
