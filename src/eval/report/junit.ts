// JUnit XML for CI test tabs: one <testsuite> per split (items without a split go to "unsplit"), and a
// "gates" suite with every threshold, so a missed gate shows as a failed test.
import { failureReasons } from "../grade/grade.js";
import type { ItemResult } from "../types.js";
import { itemLabel, type ReportData, thresholdText } from "./data.js";

/** Escapes XML 1.0 text and attributes and drops characters XML cannot hold at all. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

interface Case {
  classname: string;
  name: string;
  seconds: number;
  outcome: "pass" | "failure" | "error" | "skipped";
  message: string;
}

function itemCase(r: ItemResult): Case {
  const outcome =
    r.status === "pass"
      ? "pass"
      : r.status === "fail"
        ? "failure"
        : r.status === "error"
          ? "error"
          : "skipped";
  return {
    classname: `eval.${r.case.split ?? "unsplit"}.${r.case.kind}`,
    name: itemLabel(r),
    seconds: r.observation.latencyMs / 1000,
    outcome,
    message: failureReasons(r).join("; "),
  };
}

function suite(name: string, cases: Case[]): string {
  const count = (o: Case["outcome"]) => cases.filter((c) => c.outcome === o).length;
  const time = cases.reduce((t, c) => t + c.seconds, 0);
  const lines = [
    `  <testsuite name="${escapeXml(name)}" tests="${cases.length}" failures="${count("failure")}" errors="${count("error")}" skipped="${count("skipped")}" time="${time.toFixed(3)}">`,
  ];
  for (const c of cases) {
    const open = `    <testcase classname="${escapeXml(c.classname)}" name="${escapeXml(c.name)}" time="${c.seconds.toFixed(3)}"`;
    if (c.outcome === "pass") {
      lines.push(`${open}/>`);
      continue;
    }
    const tag = c.outcome;
    const msg = escapeXml(c.message);
    lines.push(`${open}>`, `      <${tag} message="${msg}">${msg}</${tag}>`, "    </testcase>");
  }
  lines.push("  </testsuite>");
  return lines.join("\n");
}

export function renderJunit(data: ReportData): string {
  const bySplit = new Map<string, Case[]>();
  for (const r of data.results) {
    const key = r.case.split ?? "unsplit";
    bySplit.set(key, [...(bySplit.get(key) ?? []), itemCase(r)]);
  }
  // The under-triage rule is always among the thresholds (all.under-triage ≤ 0), so it shows here too.
  const gates = data.thresholds.map(
    (o): Case => ({
      classname: "eval.gates",
      name: o.threshold.key,
      seconds: 0,
      outcome: o.pass ? "pass" : "failure",
      message: thresholdText(o),
    }),
  );
  const suites = [...bySplit.entries()].map(([name, cases]) => suite(name, cases));
  suites.push(suite("gates", gates));
  const all = [...bySplit.values()].flat().concat(gates);
  const count = (o: Case["outcome"]) => all.filter((c) => c.outcome === o).length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="eval" tests="${all.length}" failures="${count("failure")}" errors="${count("error")}" skipped="${count("skipped")}" time="${(data.meta.durationMs / 1000).toFixed(3)}">`,
    ...suites,
    "</testsuites>",
    "",
  ].join("\n");
}
