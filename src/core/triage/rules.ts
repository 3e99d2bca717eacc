import { z } from "zod";
import rulesData from "./rules.json";

// Loads rules.json once at module load: {NAME} placeholders expand to terms.NAME, every pattern compiles
// with the u flag, and a malformed file throws here (at start-up) rather than mid-conversation.

const ruleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    level: z.enum(["emergency", "urgent"]),
    category: z.string().min(1),
    note: z.string().min(1),
    crisis: z.boolean().optional(),
    framing: z.enum(["report", "always"]).optional(),
    patterns: z.array(z.string().min(1)).optional(),
    all: z
      .array(z.array(z.string().min(1)).min(1))
      .min(2)
      .optional(),
    exclude: z.array(z.string().min(1)).optional(),
  })
  .refine(
    (r) => (r.patterns === undefined) !== (r.all === undefined),
    "a rule needs patterns or all, not both",
  );

const framingKeys = [
  "negation",
  "resolved",
  "present",
  "progressive",
  "distantPast",
  "recentPast",
  "recentTold",
  "experiential",
  "conditional",
  "adviceSeeking",
  "narrative",
  "generic",
  "nounSymptom",
  "nounTopic",
  "about",
  "hearsay",
  "askedOfMe",
  "hypotheticalLead",
  "questionEnd",
  "questionInside",
  "reportConjunction",
  "plea",
  "fiction",
  "othersStory",
  "figurative",
  "notStory",
  "dreamSimile",
  "contrastNow",
  "excitement",
  "negationBefore",
  "anaphoricTime",
  "pastTense",
  "nearMissPast",
  "animal",
] as const;

const fileSchema = z.object({
  terms: z.record(z.string(), z.string()),
  framing: z.object(
    Object.fromEntries(framingKeys.map((k) => [k, z.string()])) as Record<
      (typeof framingKeys)[number],
      z.ZodString
    >,
  ),
  rules: z.array(ruleSchema).min(1),
  followUp: z.object({
    id: z.string(),
    note: z.string(),
    patterns: z.array(z.string()).min(1),
    settled: z.string(),
    ongoing: z.string(),
    affirms: z.string(),
    denies: z.string(),
    feverReply: z.string(),
    asksTemperature: z.string(),
    vital: z.string(),
    vitalNo: z.string(),
    confirmation: z.string(),
    reassurance: z.string(),
  }),
});

export type RuleData = z.infer<typeof ruleSchema>;

export interface PatternGroup {
  patterns: RegExp[];
  /**
   * All the patterns as one alternation: a single pass over the text says whether any of them can
   * match, so most rules are dismissed without running each pattern (triage runs on every message).
   */
  any: RegExp;
}

export interface CompiledRule {
  id: string;
  level: "emergency" | "urgent";
  category: string;
  crisis: boolean;
  /** "always": fires on any mention (self-harm); "report": only on a present report. */
  framing: "report" | "always";
  /** Every group must match; a plain `patterns` rule is one group. */
  groups: PatternGroup[];
  exclude: RegExp[];
}

const data = fileSchema.parse(rulesData);

/** Expands {NAME} placeholders; a term may use other terms (INFECTION uses FEVER), but not itself. */
export function expandTerms(source: string, seen: readonly string[] = []): string {
  return source.replace(/\{([A-Z_]+)\}/g, (_whole, name: string) => {
    const term = data.terms[name];
    if (term === undefined) throw new Error(`rules.json: unknown term {${name}}`);
    if (seen.includes(name)) throw new Error(`rules.json: term {${name}} refers to itself`);
    return `(?:${expandTerms(term, [...seen, name])})`;
  });
}

const compile = (source: string, flags = "gu") => new RegExp(expandTerms(source), flags);

export const RULES: CompiledRule[] = data.rules.map((rule) => ({
  id: rule.id,
  level: rule.level,
  category: rule.category,
  crisis: rule.crisis ?? false,
  framing: rule.framing ?? "report",
  groups: (rule.all ?? [rule.patterns ?? []]).map((group) => ({
    patterns: group.map((p) => compile(p)),
    any: compile(group.map((p) => `(?:${p})`).join("|"), "u"),
  })),
  exclude: (rule.exclude ?? []).map((p) => compile(p, "u")),
}));

export const FOLLOW_UP = {
  id: data.followUp.id,
  patterns: data.followUp.patterns.map((p) => compile(p, "u")),
  /** A reply that says the matter is over (もう大丈夫, 10年前の話). */
  settled: compile(data.followUp.settled, "u"),
  /** A reply that says it is still going (まだ止まらない, もう8分たった). */
  ongoing: compile(data.followUp.ongoing, "u"),
  /** A reply that says yes, or gives a number, to what was asked (はい、全部あります / 2日). */
  affirms: compile(data.followUp.affirms, "u"),
  /** Any denial in the reply (ないです, いいえ, 大丈夫): then it does not affirm. */
  denies: compile(data.followUp.denies, "u"),
  /** A reply that starts with a fever-range temperature (38.5です、息は苦しくない): yes to "熱は?". */
  feverReply: compile(data.followUp.feverReply, "u"),
  /** An assistant question about fever or temperature (熱は測りましたか?), in folded form. */
  asksTemperature: compile(data.followUp.asksTemperature, "u"),
  /** The assistant asking whether a sign of life is there (息をしていますか? 反応はありますか?). */
  vital: compile(data.followUp.vital, "u"),
  /** A reply that starts by saying no (いいえ, どっちも, してない): to a vital question, a report. */
  vitalNo: compile(data.followUp.vitalNo, "u"),
  /** An assistant question that only asks to confirm (よろしいですか?): a yes to it reports nothing. */
  confirmation: compile(data.followUp.confirmation, "u"),
  /** Words that only reassure (大丈夫, 慣れてる): they do not settle a crisis (see triage.ts). */
  reassurance: compile(data.followUp.reassurance, "gu"),
};

export const FRAMING = Object.fromEntries(
  framingKeys.map((key) => [key, new RegExp(data.framing[key], "u")]),
) as Record<(typeof framingKeys)[number], RegExp>;

/** Raw data, for tests that check the rule file itself. */
export const RULE_DATA = data;

/** Every pattern source of the file: terms, framing, rules (patterns, all, exclude) and follow-ups. */
function patternSources(): string[] {
  return [
    ...Object.values(data.terms),
    ...Object.values(data.framing),
    ...data.rules.flatMap((r) => [...(r.patterns ?? []), ...(r.all ?? []).flat(), ...(r.exclude ?? [])]),
    ...data.followUp.patterns,
    data.followUp.settled,
    data.followUp.ongoing,
    data.followUp.affirms,
    data.followUp.denies,
    data.followUp.feverReply,
    data.followUp.asksTemperature,
    data.followUp.vital,
    data.followUp.vitalNo,
    data.followUp.confirmation,
    data.followUp.reassurance,
  ];
}

/**
 * Kanji runs the rules spell as kanji (今, 分, 日分, 度, 胸部…): fold.ts's dictionary reading step
 * leaves a word that is exactly one of them alone, so those patterns keep matching.
 */
export const RULE_KANJI: ReadonlySet<string> = new Set(
  patternSources().flatMap(
    (source) => source.match(/[\u3005\u4E00-\u9FFF\u3400-\u4DBF\uF900-\uFAFF]+/gu) ?? [],
  ),
);
