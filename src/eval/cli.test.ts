import { describe, expect, it } from "vitest";
import { CliError, DEFAULT_QUESTIONS, parseArgs } from "./cli.js";

describe("parseArgs", () => {
  it("defaults to the bank in evals/ run in-process with no reports", () => {
    expect(parseArgs([])).toMatchObject({
      url: undefined,
      questions: DEFAULT_QUESTIONS,
      outputs: [],
      thresholds: [],
    });
  });

  it("reads values after a space or an =, repeats --output and --threshold, and ignores a bare --", () => {
    const o = parseArgs([
      "--",
      "--url",
      "http://localhost:8787",
      "--questions=evals/extra.csv",
      "--output",
      "out/r.json",
      "-o",
      "out/r.junit.xml",
      "--threshold",
      "test.hit@3=0.8",
      "--threshold=pass-rate=95%",
      "--thresholds",
      "t.json",
      "--passages",
      "p.json",
    ]);
    expect(o).toEqual({
      url: "http://localhost:8787",
      questions: "evals/extra.csv",
      outputs: ["out/r.json", "out/r.junit.xml"],
      thresholds: ["test.hit@3=0.8", "pass-rate=95%"],
      thresholdsFile: "t.json",
      passages: "p.json",
      help: false,
    });
  });

  it.each([
    [["--nope"], /unknown argument "--nope"/],
    [["--url"], /--url needs a value/],
    [["--url", "localhost:8787"], /must start with http/],
    [["--output", "report.txt"], /unknown report format/],
    [["--questions="], /needs a value/],
  ])("rejects %j", (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(CliError);
    expect(() => parseArgs(argv)).toThrow(message);
  });

  it("recognizes --help", () => {
    expect(parseArgs(["-h"]).help).toBe(true);
  });
});
