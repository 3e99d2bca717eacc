// `npm run eval`: read the bank, run it (in-process or over HTTP), grade, summarize, gate, report.
// Node tooling (files, process), kept apart from the pure grading and metric modules it wires up.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Passage } from "../core/types.js";
import { BankError } from "./bank/case.js";
import { readBank } from "./bank/read.js";
import { CliError, type CliOptions, DEFAULT_PASSAGES, DEFAULT_THRESHOLDS, parseArgs, USAGE } from "./cli.js";
import { renderConsole } from "./report/console.js";
import type { ReportData } from "./report/data.js";
import { writerFor } from "./report/writers.js";
import { fromGetPassage, fromMap, fromSearch, passageLookup, readPassagesJson } from "./run/passages.js";
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
  type Threshold,
  ThresholdError,
} from "./thresholds.js";
import type { EvalCase } from "./types.js";

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

function loadThresholds(options: CliOptions, env: MainDeps["env"]): Threshold[] {
  if (options.thresholdsFile && !existsSync(options.thresholdsFile)) {
    throw new RunnerError(`thresholds file not found: ${options.thresholdsFile}`);
  }
  const file = options.thresholdsFile ?? (existsSync(DEFAULT_THRESHOLDS) ? DEFAULT_THRESHOLDS : undefined);
  return mergeThresholds(
    file ? parseThresholdFile(readJson(file), file) : [],
    env.PROMPTFOO_PASS_RATE_THRESHOLD,
    options.thresholds.map(parseThresholdFlag),
  );
}

interface Opened {
  target: EvalTarget;
  getPassage: ((id: string) => Passage | undefined) | undefined;
}

async function openTarget(options: CliOptions, deps: MainDeps): Promise<Opened> {
  if (options.url) {
    const http = httpTarget(options.url, {
      ...(deps.fetch ? { fetch: deps.fetch } : {}),
      onRateLimited: (ms) =>
        deps.stderr(
          `eval: the server is rate limiting (429); waiting ${Math.round(ms / 1000)} s. ` +
            "Start it with RATE_LIMIT_PER_MINUTE=100000 for evals.\n",
        ),
    });
    await http.health();
    return { target: http, getPassage: undefined };
  }
  const services = await deps.loadServices();
  return { target: inProcessTarget(services), getPassage: services.search.getPassage?.bind(services.search) };
}

function readPassagesFile(options: CliOptions): Map<string, string> | undefined {
  if (options.passages && !existsSync(options.passages)) {
    throw new RunnerError(`passages file not found: ${options.passages}`);
  }
  const file = options.passages ?? (existsSync(DEFAULT_PASSAGES) ? DEFAULT_PASSAGES : undefined);
  if (!file) return undefined;
  try {
    return readPassagesJson(readJson(file), file);
  } catch (e) {
    throw new RunnerError((e as Error).message);
  }
}

/** A gold id that is not a passage id can never be retrieved; say so before the numbers mislead. */
function unknownGoldWarnings(cases: readonly EvalCase[], isPassage: (id: string) => boolean): string[] {
  return cases.flatMap((c) =>
    c.gold
      .filter((id) => !isPassage(id))
      .map((id) => `eval: warning: ${c.source.file}:${c.source.line}: gold id "${id}" is not a passage id\n`),
  );
}

async function run(argv: readonly string[], deps: MainDeps): Promise<number> {
  const options = parseArgs(argv);
  if (options.help) {
    deps.stdout(USAGE);
    return 0;
  }
  if (!existsSync(options.questions)) throw new RunnerError(`question bank not found: ${options.questions}`);
  const cases = readBank(options.questions);
  const thresholds = loadThresholds(options, deps.env);
  const { target, getPassage } = await openTarget(options, deps);
  const passageFile = readPassagesFile(options);

  const isPassage = getPassage
    ? (id: string) => getPassage(id) !== undefined
    : passageFile && ((id: string) => passageFile.has(id));
  if (isPassage) for (const warning of unknownGoldWarnings(cases, isPassage)) deps.stderr(warning);

  // Best source first: the pipeline's own passages, the build's file, then a search for the quote.
  const sources = [
    getPassage && fromGetPassage(getPassage),
    passageFile && fromMap(passageFile),
    fromSearch(target),
  ];
  const lookup = passageLookup(sources.filter((s) => s !== undefined));

  const started = Date.now();
  const startedAt = new Date(started).toISOString();
  const progress = deps.progress
    ? (done: number, total: number) =>
        deps.stderr(`\r  ${done}/${total}${done === total ? "\r\u001b[K" : ""}`)
    : undefined;
  const results = await runBank(cases, target, lookup, progress);

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
