// A Markdown report (for PR comments and job summaries). Cell text is escaped so a description cannot
// break a table or inject HTML.
import type { ReportData } from "./data.js";
import { buildSections } from "./sections.js";

export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([\\`*_[\]|#])/g, "\\$1")
    .replace(/\r?\n|\r/g, " ");
}

export function renderMarkdown(data: ReportData): string {
  const out: string[] = ["# Eval report", ""];
  for (const section of buildSections(data)) {
    out.push(`## ${escapeMarkdown(section.title)}`, "");
    for (const t of section.text ?? []) out.push(escapeMarkdown(t), "");
    for (const table of section.tables ?? []) {
      out.push(`| ${table.head.map(escapeMarkdown).join(" | ")} |`);
      out.push(`|${table.head.map(() => " --- ").join("|")}|`);
      for (const row of table.rows) out.push(`| ${row.map(escapeMarkdown).join(" | ")} |`);
      out.push("");
    }
    for (const entry of section.list ?? []) {
      out.push(`- ${escapeMarkdown(entry.item)}`);
      for (const d of entry.detail) out.push(`  - ${escapeMarkdown(d)}`);
    }
    if (section.list?.length) out.push("");
  }
  return `${out.join("\n").trimEnd()}\n`;
}
