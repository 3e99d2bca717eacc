// Command-line arguments of `npm run eval`. Flags may repeat (--output, --threshold) and take their
// value as the next argument or after "=".
import { OUTPUT_SUFFIXES, writerFor } from "./report/writers.js";

export interface CliOptions {
  url: string | undefined;
  questions: string;
  outputs: string[];
  thresholds: string[];
  thresholdsFile: string | undefined;
  passages: string | undefined;
  help: boolean;
}

export class CliError extends Error {
  override name = "CliError";
}

export const DEFAULT_QUESTIONS = "evals/bank";
export const DEFAULT_THRESHOLDS = "evals/thresholds.json";
export const DEFAULT_PASSAGES = "generated/passages.json";

export const USAGE = `Usage: npm run eval -- [options]

Runs the question bank through the pipeline (in-process by default) and gates CI.
Exit codes: 0 all passed, 100 a failure, an under-triage or a missed threshold, 1 runner error.

  --url URL            run against a server (POST URL/api/chat, GET URL/api/search) instead
  --questions PATH     bank: a .jsonl or promptfoo-style .csv file, or a folder of them (default ${DEFAULT_QUESTIONS})
  --output FILE        write a report; format by extension: ${OUTPUT_SUFFIXES.join(", ")} (repeatable)
  --threshold K=V      gate, e.g. test.hit@3=0.8, pass-rate=95%, dev.latency-p95=1500 (repeatable)
  --thresholds FILE    thresholds file (default ${DEFAULT_THRESHOLDS} when it exists)
  --passages FILE      passage texts for citation checks (default ${DEFAULT_PASSAGES} when it exists)
  -h, --help           this text
Environment: PROMPTFOO_PASS_RATE_THRESHOLD (percent) sets the pass-rate gate, as in promptfoo.
`;

const VALUED = new Set([
  "--url",
  "--questions",
  "--output",
  "-o",
  "--threshold",
  "--thresholds",
  "--passages",
]);

export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = {
    url: undefined,
    questions: DEFAULT_QUESTIONS,
    outputs: [],
    thresholds: [],
    thresholdsFile: undefined,
    passages: undefined,
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") continue;
    if (arg === "-h" || arg === "--help") {
      options.help = true;
      continue;
    }
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (!VALUED.has(name)) throw new CliError(`unknown argument "${arg}"\n\n${USAGE}`);
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === "") throw new CliError(`${name} needs a value`);
    switch (name) {
      case "--url":
        if (!/^https?:\/\//.test(value))
          throw new CliError(`--url must start with http:// or https:// (got "${value}")`);
        options.url = value;
        break;
      case "--questions":
        options.questions = value;
        break;
      case "--output":
      case "-o":
        if (!writerFor(value)) {
          throw new CliError(`--output ${value}: unknown report format (use ${OUTPUT_SUFFIXES.join(", ")})`);
        }
        options.outputs.push(value);
        break;
      case "--threshold":
        options.thresholds.push(value);
        break;
      case "--thresholds":
        options.thresholdsFile = value;
        break;
      case "--passages":
        options.passages = value;
        break;
    }
  }
  return options;
}
