import { describe, expect, it } from "vitest";
import { makeResponse, makeResult } from "../fixtures/make.js";
import { summarize } from "../summary.js";
import { evaluateThresholds, exitCode, mergeThresholds, parseThresholdFlag } from "../thresholds.js";
import type { ItemResult } from "../types.js";
import { renderConsole } from "./console.js";
import type { ReportData } from "./data.js";
import { escapeHtml, renderHtml } from "./html.js";
import { renderJson } from "./json.js";
import { escapeXml, renderJunit } from "./junit.js";
import { renderMarkdown } from "./markdown.js";
import { writerFor } from "./writers.js";

const HOSTILE = `<script>alert("x")</script> & | *bold* ]]> \u0001`;
const LONG_QUESTION = `${"あ".repeat(39)}い秘密の続きがここから先にずっと書かれています`;

function reportData(results: ItemResult[], flags: string[] = []): ReportData {
  const summary = summarize(results);
  const thresholds = evaluateThresholds(
    summary,
    mergeThresholds([], undefined, flags.map(parseThresholdFlag)),
  );
  return {
    results,
    summary,
    thresholds,
    exitCode: exitCode(summary, thresholds),
    meta: {
      questions: "bank.jsonl",
      target: "in-process",
      startedAt: "2026-01-01T00:00:00.000Z",
      durationMs: 1234,
    },
  };
}

const results = [
  makeResult({ split: "dev" }),
  makeResult({ split: "test", description: HOSTILE, question: LONG_QUESTION, kind: "no_answer" }),
  makeResult(
    { split: "test", kind: "emergency", gold: [], description: "breathing" },
    { response: makeResponse({ kind: "urgent", answer: "今日受診を", citations: [] }) },
  ),
  makeResult({ split: undefined, description: "no split", assert: [{ type: "llm-rubric", value: "x" }] }),
  makeResult(
    { split: "dev", description: "down" },
    { response: undefined, error: "HTTP 503 unknown from /api/chat" },
  ),
];
const data = reportData(results, ["test.hit@3=0.9"]);

/** A minimal XML well-formedness check: balanced tags, quoted attributes, no raw < or stray &. */
function assertWellFormedXml(xml: string): void {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, "");
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let consumed = 0;
  for (const m of body.matchAll(token)) {
    consumed += m[0].length;
    const [, close, name, , selfClose, text] = m;
    if (text !== undefined) {
      expect(text).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/);
      if (stack.length === 0) expect(text.trim()).toBe("");
    } else if (close) expect(stack.pop()).toBe(name);
    else if (!selfClose) stack.push(name as string);
  }
  expect(consumed).toBe(body.length);
  expect(stack).toEqual([]);
}

describe("console report", () => {
  const text = renderConsole(data);

  it("ends with promptfoo-style counts and the pass rate", () => {
    const tail = text.trimEnd().split("\n").slice(-5);
    expect(tail).toEqual([
      "Successes: 1",
      "Failures: 2",
      "Errors: 1",
      "Skipped: 1 (need a grader model)",
      "Pass Rate: 25.00%",
    ]);
  });

  it("lists each failure with its description, reason and at most 40 characters of the question", () => {
    expect(text).toContain(`✗ [test] <script>alert("x")</script> & | *bold* ]]> — ${"あ".repeat(39)}い…`);
    expect(text).not.toContain("秘密");
    expect(text).toContain("expected kind no_answer, got answer");
    expect(text).toContain("✗ [dev] down — 子どもに遺伝しますか? (error)");
    expect(text).not.toContain("\u0001");
  });

  it("shows the triage matrix, the exact bound and every miss", () => {
    expect(text).toMatch(/emergency\s+0\s+1\s+0/);
    expect(text).toContain("Clopper–Pearson exact, two-sided 95 %");
    expect(text).toContain("UNDER [test] breathing — 子どもに遺伝しますか?: expected emergency, got urgent");
  });

  it("explains why the gate failed", () => {
    expect(text).toContain("Gate: FAILED (exit 100)");
    expect(text).toContain("1 under-triaged item(s)");
    expect(text).toContain("✓ test.hit@3 ≥ 90.0%: 100.0%");
    expect(text).toContain("✗ all.pass-rate ≥ 100.0%: 25.0%");
  });
});

describe("JSON report", () => {
  const json = JSON.parse(renderJson(data));

  it("has promptfoo's results.results and results.stats", () => {
    expect(json.results.stats).toMatchObject({ successes: 1, failures: 2, errors: 1, skipped: 1 });
    expect(json.results.results).toHaveLength(5);
    const first = json.results.results[0];
    expect(first).toMatchObject({
      success: true,
      failureReason: 0,
      response: { output: "基本的に遺伝しません[1]。" },
    });
    expect(first.gradingResult.componentResults[0]).toMatchObject({
      pass: true,
      assertion: { type: "kind" },
    });
    expect(json.results.results[4]).toMatchObject({
      success: false,
      failureReason: 2,
      error: "HTTP 503 unknown from /api/chat",
    });
  });

  it("adds retrieval and triage blocks per split", () => {
    expect(json.retrieval.dev).toMatchObject({ n: 2 });
    expect(json.triage.test.underTriage).toBe(1);
    expect(json.triage.misses).toEqual([
      { direction: "under", description: "breathing", split: "test", expected: "emergency", got: "urgent" },
    ]);
    expect(json.exitCode).toBe(100);
  });
});

describe("HTML report", () => {
  const html = renderHtml(data);

  it("escapes everything taken from the bank and the answers", () => {
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; |");
    expect(escapeHtml(`<a href='x'>&</a>`)).toBe("&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;");
  });

  it("is a complete UTF-8 document with the tables", () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("<th>nDCG@10</th>");
  });
});

describe("Markdown report", () => {
  it("keeps hostile descriptions from breaking tables or injecting HTML", () => {
    const md = renderMarkdown(data);
    expect(md).not.toContain("<script>");
    expect(md).toContain("&lt;script&gt;");
    expect(md).toContain("\\| \\*bold\\*");
    expect(md).toContain("| split | n | hit@1 |");
  });
});

describe("JUnit report", () => {
  const xml = renderJunit(data);

  it("is well-formed XML even with hostile text and control characters", () => {
    assertWellFormedXml(xml);
    expect(xml).not.toContain("\u0001");
    expect(escapeXml("a\u0000b\uFFFEc<&>")).toBe("abc&lt;&amp;&gt;");
  });

  it("has a suite per split plus the gates, with counts that add up", () => {
    expect(xml).toMatch(/<testsuites name="eval" tests="8" failures="4" errors="1" skipped="1"/);
    expect(xml).toMatch(/<testsuite name="dev" tests="2" failures="0" errors="1"/);
    expect(xml).toMatch(/<testsuite name="unsplit" tests="1" failures="0" errors="0" skipped="1"/);
    expect(xml).toMatch(/<testcase classname="eval.gates" name="all.under-triage" time="0.000">\s*<failure/);
  });

  it("fails the well-formedness check on broken XML, so the check itself can fail", () => {
    expect(() => assertWellFormedXml("<a><b></a></b>")).toThrow();
    expect(() => assertWellFormedXml("<a>x & y</a>")).toThrow();
  });
});

describe("writerFor", () => {
  it.each([
    ["out/report.json", renderJson],
    ["report.junit.xml", renderJunit],
    ["REPORT.MD", renderMarkdown],
    ["r.html", renderHtml],
    ["r.txt", undefined],
    ["r.xml", undefined],
  ])("picks the writer for %s", (path, writer) => {
    expect(writerFor(path)).toBe(writer);
  });
});
