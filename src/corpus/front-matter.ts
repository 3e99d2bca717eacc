// The YAML front matter of a corpus file: what the document is, where it came from, and when a person
// last reviewed it. Validated strictly so that a typo in a field name fails the build instead of
// silently dropping a review date.
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { CorpusError } from "./errors.js";

const isoDate = z.iso.date("expected a date written YYYY-MM-DD");

const KnownIssueSchema = z.strictObject({
  /** The passage id (without a `~n` chunk suffix) that holds the claim. */
  where: z.string().regex(/^[a-z0-9-]+#[a-z0-9-]+$/, "expected a passage id such as isaacs#heredity-summary"),
  /** The claim, copied verbatim from the corpus so the build can check it is still there. */
  claim: z.string().min(1),
  /** What clinic staff should verify or correct, in plain words. */
  note: z.string().min(1),
  /**
   * `unverified` (the default): the claim may be wrong, and an answer quoting it tells the patient
   * the clinic is still checking it. `caution`: the claim is right but easy to misuse (a general dose);
   * a note for staff only.
   */
  kind: z.enum(["unverified", "caution"]).default("unverified"),
});

export const FrontMatterSchema = z
  .strictObject({
    title: z.string().trim().min(1),
    /** File name of the received text in corpus/source-of-record/. */
    source: z.string().trim().min(1),
    language: z.literal("ja"),
    reviewed_by: z.string().trim().min(1),
    reviewed_at: isoDate,
    next_review: isoDate,
    known_issues: z.array(KnownIssueSchema).default([]),
  })
  .refine((fm) => fm.next_review > fm.reviewed_at, {
    path: ["next_review"],
    message: "must be later than reviewed_at",
  });

export type FrontMatter = z.infer<typeof FrontMatterSchema>;
export type KnownIssue = z.infer<typeof KnownIssueSchema>;

const FENCE = "---";

/** Splits `---\n<yaml>\n---\n<markdown>`; `bodyStartLine` is the 1-based line where the body starts. */
export function splitFrontMatter(
  file: string,
  text: string,
): { yaml: string; body: string; bodyStartLine: number } {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  if (lines[0]?.trimEnd() !== FENCE)
    throw new CorpusError(file, "front matter", "the file must start with ---");
  const end = lines.findIndex((line, i) => i > 0 && line.trimEnd() === FENCE);
  if (end === -1) throw new CorpusError(file, "front matter", "no closing --- line");
  return {
    yaml: lines.slice(1, end).join("\n"),
    body: lines.slice(end + 1).join("\n"),
    bodyStartLine: end + 2,
  };
}

export function parseFrontMatter(file: string, yaml: string): FrontMatter {
  let data: unknown;
  try {
    data = parseYaml(yaml);
  } catch (error) {
    throw new CorpusError(file, "front matter", `invalid YAML: ${(error as Error).message}`);
  }
  const result = FrontMatterSchema.safeParse(data ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue?.path.length ? issue.path.join(".") : (unknownKey(issue) ?? "front matter");
    throw new CorpusError(file, field, issue?.message ?? "invalid front matter");
  }
  return result.data;
}

// zod reports an unexpected key at the object's own path (empty here); the key itself is in `keys`.
function unknownKey(issue: z.core.$ZodIssue | undefined): string | undefined {
  return issue?.code === "unrecognized_keys" ? issue.keys.join(", ") : undefined;
}
