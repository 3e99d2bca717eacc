import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { ChatInput } from "../core/services.js";
import type { ChatResponse } from "../core/types.js";
import { makeResponse } from "./fixtures/make.js";
import { type LocalServices, main } from "./main.js";

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const BANK = fixture("bank.jsonl");
const FIXED = ["--thresholds", fixture("thresholds.json"), "--passages", fixture("passages.json")];

/** Stand-in services: emergency for "息ができない", a redirect for "予約", a cited answer otherwise. */
function standIn(overrides: (input: ChatInput) => ChatResponse | undefined = () => undefined): LocalServices {
  return {
    chat: {
      async chat(input) {
        const forced = overrides(input);
        if (forced) return forced;
        if (input.message.includes("息ができない")) {
          return makeResponse({
            kind: "emergency",
            answer: "すぐに１１９番に電話してください。",
            citations: [],
          });
        }
        if (input.message.includes("予約"))
          return makeResponse({ kind: "out_of_scope", answer: "クリニックへ", citations: [] });
        return makeResponse();
      },
    },
    search: { search: () => [{ id: "isaacs#heredity", path: [], text: "", score: 1 }] },
  };
}

async function runMain(
  argv: string[],
  services = standIn(),
  env: Record<string, string> = {},
  progress = false,
) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    env,
    progress,
    loadServices: () => services,
  });
  return { code, stdout, stderr };
}

describe("main", () => {
  it("exits 0 when every item passes and writes each requested report", async () => {
    const dir = mkdtempSync(join(tmpdir(), "eval-"));
    const outputs = ["r.json", "r.md", "r.html", "r.junit.xml"].map((f) => join(dir, "out", f));
    const { code, stdout } = await runMain([
      "--questions",
      BANK,
      ...FIXED,
      ...outputs.flatMap((o) => ["--output", o]),
    ]);
    expect(stdout).toContain("Pass Rate: 100.00%");
    expect(code).toBe(0);
    const json = JSON.parse(readFileSync(outputs[0] as string, "utf8"));
    expect(json.results.stats).toMatchObject({ successes: 3, failures: 0 });
    expect(readFileSync(outputs[3] as string, "utf8")).toContain("<testsuites");
  });

  it("exits 100 when an item fails", async () => {
    const services = standIn((input) => (input.message.includes("予約") ? makeResponse() : undefined));
    const { code, stdout } = await runMain(["--questions", BANK, ...FIXED], services);
    expect(code).toBe(100);
    expect(stdout).toContain("expected kind out_of_scope, got answer");
  });

  it("exits 100 on under-triage even when the pass-rate gate would allow the failure", async () => {
    const services = standIn((input) =>
      input.message.includes("息ができない")
        ? makeResponse({ kind: "urgent", citations: [], answer: "119" })
        : undefined,
    );
    const { code, stdout } = await runMain(
      ["--questions", BANK, ...FIXED, "--threshold", "pass-rate=0"],
      services,
    );
    expect(code).toBe(100);
    expect(stdout).toContain("UNDER [test] breathing now");
  });

  it("lets PROMPTFOO_PASS_RATE_THRESHOLD relax the pass-rate gate, and a flag override it", async () => {
    const services = standIn((input) => (input.message.includes("予約") ? makeResponse() : undefined));
    expect(
      (await runMain(["--questions", BANK, ...FIXED], services, { PROMPTFOO_PASS_RATE_THRESHOLD: "60" }))
        .code,
    ).toBe(0);
    const flagged = await runMain(["--questions", BANK, ...FIXED, "--threshold", "pass-rate=0.7"], services, {
      PROMPTFOO_PASS_RATE_THRESHOLD: "60",
    });
    expect(flagged.code).toBe(100);
  });

  it("applies the thresholds file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "eval-"));
    const strict = join(dir, "t.json");
    writeFileSync(strict, JSON.stringify({ "test.hit@1": 1 }));
    const { code, stdout } = await runMain([
      "--questions",
      BANK,
      "--thresholds",
      strict,
      "--passages",
      fixture("passages.json"),
    ]);
    // The test split has no gold ids, so hit@1 cannot be computed: a missed gate.
    expect(stdout).toContain("✗ test.hit@1 ≥ 100.0%: n/a");
    expect(code).toBe(100);
  });

  it.each<[string, string[], RegExp]>([
    [
      "a bad bank line, naming file and line",
      ["--questions", fixture("bad-bank.jsonl")],
      /bad-bank\.jsonl:2: .*metadata\.kind/,
    ],
    ["a missing bank", ["--questions", "nope.jsonl"], /question bank not found: nope\.jsonl/],
    ["an unknown flag", ["--bogus"], /unknown argument/],
    ["a bad threshold", ["--questions", BANK, "--threshold", "hit@4=1"], /unknown metric "hit@4"/],
    [
      "an unreachable server",
      ["--questions", BANK, "--url", "http://127.0.0.1:9"],
      /server unreachable at http:\/\/127\.0\.0\.1:9/,
    ],
  ])("exits 1 on %s", async (_, argv, message) => {
    const { code, stderr } = await runMain(argv);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
  });

  it("exits 1 when the in-process services cannot be loaded", async () => {
    const code = await main(["--questions", BANK, ...FIXED], {
      stdout: () => {},
      stderr: () => {},
      env: {},
      progress: false,
      loadServices: () => {
        throw new Error("generated/knowledge.json is missing; run npm run build");
      },
    });
    expect(code).toBe(1);
  });

  it("warns about gold ids that are not passage ids", async () => {
    const dir = mkdtempSync(join(tmpdir(), "eval-"));
    const bank = join(dir, "q.jsonl");
    writeFileSync(
      bank,
      `${JSON.stringify({ vars: { question: "q" }, metadata: { kind: "answer", gold: ["isaacs#gone"] } })}\n`,
    );
    const { stderr } = await runMain(["--questions", bank, ...FIXED]);
    expect(stderr).toContain(`q.jsonl:1: gold id "isaacs#gone" is not a passage id`);
  });

  it("shows progress only when asked to (a terminal outside CI)", async () => {
    expect((await runMain(["--questions", BANK, ...FIXED])).stderr).toBe("");
    expect((await runMain(["--questions", BANK, ...FIXED], standIn(), {}, true)).stderr).toContain("3/3");
  });
});
