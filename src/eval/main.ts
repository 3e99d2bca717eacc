// `npm run eval`: read the bank, run it (in-process or over HTTP), grade, summarize, gate, report.
// Node tooling (files, process), kept apart from the pure grading and metric modules it wires up.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Passage } from "../core/types.js";
import { BankError } from "./bank/case.js";
import { parseBank } from "./bank/load.js";
import { CliError, DEFAULT_PASSAGES, DEFAULT_THRESHOLDS, parseArgs, USAGE } from "./cli.js";
import { renderConsole } from "./report/console.js";
import type { ReportData } from "./report/data.js";
import { writerFor } from "./report/writers.js";
import { fromGetPassage, fromPassagesJson, fromSearch, passageLookup } from "./run/passages.js";
import { runBank } from "./run/run.js";
import {
  type EvalTarget,
  httpTarget,
  type InProcessServices,
  inProcessTarget,
  RunnerError,
} from "./run/target.js";
import { summarize } from "./summary.js";
import {
  evaluateThresholds,
  exitCode,
  mergeThresholds,
  parseThresholdFile,
  parseThresholdFlag,
  ThresholdError,
} from "./thresholds.js";

export interface LocalServices extends InProcessServices {
  search: InProcessServices["search"] & { getPassage?(id: string): Passage | undefined };
}

export interface MainDeps {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  /** Show progress (an interactive terminal outside CI). */
  progress: boolean;
  loadServices: () => LocalServices | Promise<LocalServices>;
  fetch?: typeof fetch;
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new RunnerError(`${path}: cannot read JSON (${(e as Error).message})`);
  }
}

function readText(path: string, what: string): string {
  if (!existsSync(path)) throw new RunnerError(`${what} not found: ${path}`);
  return readFileSync(path, "utf8");
}

export async function main(argv: readonly string[], deps: MainDeps): Promise<number> {
  try {
    return await run(argv, deps);
  } catch (e) {
    if (
      e instanceof BankError ||
      e instanceof CliError ||
      e instanceof ThresholdError ||
      e instanceof RunnerError
    ) {
      deps.stderr(`eval: ${e.message}\n`);
      return 1;
    }
    // Anything else (a config error while loading the services, a bug) is still a runner error.
    deps.stderr(`eval: ${(e as Error)?.name ?? "Error"}: ${(e as Error)?.message ?? String(e)}\n`);
    return 1;
  }
}

async function run(argv: readonly string[], deps: MainDeps): Promise<number> {
  const options = parseArgs(argv);
  if (options.help) {
    deps.stdout(USAGE);
    return 0;
  }
  const cases = parseBank(readText(options.questions, "question bank"), options.questions);

  const thresholdsFile =
    options.thresholdsFile ?? (existsSync(DEFAULT_THRESHOLDS) ? DEFAULT_THRESHOLDS : undefined);
  if (options.thresholdsFile && !existsSync(options.thresholdsFile)) {
    throw new RunnerError(`thresholds file not found: ${options.thresholdsFile}`);
  }
  const thresholds = mergeThresholds(
    thresholdsFile ? parseThresholdFile(readJson(thresholdsFile), thresholdsFile) : [],
    deps.env.PROMPTFOO_PASS_RATE_THRESHOLD,
    options.thresholds.map(parseThresholdFlag),
  );

  let target: EvalTarget;
  let getPassage: ((id: string) => Passage | undefined) | undefined;
  if (options.url) {
    const http = httpTarget(options.url, deps.fetch ? { fetch: deps.fetch } : {});
    await http.health();
    target = http;
  } else {
    const services = await deps.loadServices();
    target = inProcessTarget(services);
    getPassage = services.search.getPassage?.bind(services.search);
  }

  const passagesFile = options.passages ?? (existsSync(DEFAULT_PASSAGES) ? DEFAULT_PASSAGES : undefined);
  if (options.passages && !existsSync(options.passages))
    throw new RunnerError(`passages file not found: ${options.passages}`);
  const fileSource = passagesFile ? fromPassagesJson(readJson(passagesFile), passagesFile) : undefined;
  const sources = [getPassage && fromGetPassage(getPassage), fileSource, fromSearch(target)].filter(
    (s): s is NonNullable<typeof s> => s !== undefined,
  );

  // A gold id that is not a passage id can never be retrieved; say so before the numbers mislead.
  const known = getPassage
    ? (id: string) => getPassage?.(id) !== undefined
    : fileSource
      ? (id: string) => fileSource({ id, path: [], quote: "" }) !== undefined
      : undefined;
  if (known) {
    for (const c of cases) {
      for (const id of c.gold.filter((g) => !known(g))) {
        deps.stderr(
          `eval: warning: ${c.source.file}:${c.source.line}: gold id "${id}" is not a passage id\n`,
        );
      }
    }
  }

  const started = Date.now();
  const startedAt = new Date(started).toISOString();
  const progress = deps.progress
    ? (done: number, total: number) =>
        deps.stderr(`\r  ${done}/${total}${done === total ? "\r\u001b[K" : ""}`)
    : undefined;
  const results = await runBank(cases, target, passageLookup(sources), progress);

  const summary = summarize(results);
  const outcomes = evaluateThresholds(summary, thresholds);
  const data: ReportData = {
    results,
    summary,
    thresholds: outcomes,
    exitCode: exitCode(summary, outcomes),
    meta: { questions: options.questions, target: target.label, startedAt, durationMs: Date.now() - started },
  };
  deps.stdout(renderConsole(data));
  for (const path of options.outputs) {
    const render = writerFor(path);
    if (!render) throw new CliError(`--output ${path}: unknown report format`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, render(data));
    deps.stdout(`Wrote ${path}\n`);
  }
  return data.exitCode;
}
