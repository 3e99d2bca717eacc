// `npm run eval`: the question bank through the real pipeline; exit code gates CI (see evals/README.md).
import { main } from "../src/eval/main.js";

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  progress: Boolean(process.stdout.isTTY) && !process.env.CI,
  // Loaded only for in-process runs, so --url works without the local pipeline, and a pipeline that
  // fails to load is reported as a runner error (exit 1) rather than a crash.
  loadServices: async () => (await import("../src/adapters/node/services.js")).loadNodeServices(process.env),
});
