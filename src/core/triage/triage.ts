import type { Turn } from "../types.js";
import { type FoldedText, foldForTriage, type KanjiReader } from "./fold.js";
import { READING_RANK, type Reading, readMatch } from "./framing.js";
import { type CompiledRule, FOLLOW_UP, type PatternGroup, RULES } from "./rules.js";

// Deterministic safety triage, run before retrieval: a missed emergency is the worst bug this product
// can have, so every rule errs towards escalating. Pure and synchronous; never logs the message.
// Nothing a patient writes ("119には電話したくない", "救急車は呼ばないで") can lower a level: no rule
// lowers, they only add.

export type TriageLevel = "emergency" | "urgent" | "none";

export interface TriageResult {
  level: TriageLevel;
  /** The category of the first (highest-priority) rule that set the level. */
  category?: string;
  /** A mental-health crisis: the emergency text with crisis lines. */
  crisis: boolean;
  /** A question about a red-flag symptom, not a report of one: answer it and add the "if now, 119" note. */
  aboutRedFlag: boolean;
  /** Rules that fired, in rules.json order (for tests and evals; the message itself is never kept). */
  ruleIds: string[];
}

/** How many of the latest user turns count as "the situation" (assistant turns are not reports). */
const HISTORY_USER_TURNS = 3;

/** Folded length up to which a message that asks nothing is a reply rather than a new topic. */
const SHORT_REPLY = 6;

/** Longest list of options after the assistant's question that is still read as part of it. */
const MAX_OPTIONS_CHARS = 160;

/** Characters of a cross-turn match that must lie in the message itself. */
const MIN_OWN_CHARS = 3;

const LEVEL_RANK: Record<TriageLevel, number> = { none: 0, urgent: 1, emergency: 2 };

/**
 * @param reader the analyzer's dictionary readings, so kanji words readings.json does not list still
 *   meet the rules (the pipeline always passes it; without it only readings.json is used).
 */
export function triage(message: string, history: readonly Turn[] = [], reader?: KanjiReader): TriageResult {
  // Everything, the reports carried from reply to reply included, is read within the last few user turns.
  const userAt = history.flatMap((turn, i) => (turn.role === "user" ? [i] : []));
  const windowStart = userAt.at(-HISTORY_USER_TURNS) ?? 0;
  return triageAt(message, history.slice(windowStart), memoFold(reader));
}

/** Folds a text once per triage: an earlier turn is read again for each later turn that follows it. */
type Fold = (text: string) => FoldedText;

function memoFold(reader: KanjiReader | undefined): Fold {
  const folded = new Map<string, FoldedText>();
  return (text) => {
    let result = folded.get(text);
    if (!result) {
      result = foldForTriage(text, reader);
      folded.set(text, result);
    }
    return result;
  };
}

/** `history` is already the window; each earlier turn is read with the part of it before that turn. */
function triageAt(message: string, history: readonly Turn[], fold: Fold): TriageResult {
  const current = fold(message);
  const userTurns = history.filter((turn) => turn.role === "user").slice(-HISTORY_USER_TURNS);
  const recentTurns = userTurns.map((turn) => fold(turn.content));
  // "まだ止まらない" after "けいれんってどれくらいで止まるもの?" says the asked-about seizure is
  // happening: an ongoing reply reads the recent turns' questions as reports.
  const ongoing = recentTurns.length > 0 && FOLLOW_UP.ongoing.test(current.text);
  const result = evaluate(current, recentTurns, 0, ongoing);
  if (recentTurns.length === 0) return result;

  const together = fold([...userTurns.map((turn) => turn.content), message].join("\n"));
  // The message completes what a recent turn began ("2歳の子が薬箱をいじってた" then "シートから3錠
  // なくなってる"; "部屋で七輪" then "みんな頭が痛い"). Only matches that end inside the message count,
  // so an earlier report does not fire again on "ありがとう". If readings differ at the seam (a word
  // spanning it, romaji re-read at the end), where the message starts is unknown and this is skipped.
  if (together.text.endsWith(current.text)) {
    // At least a few characters of the match are the message's own, so a word's tail running into
    // the next turn (苦しい|きのうは… read as 苦しい息) does not count as a new report.
    const across = evaluate(together, [], together.text.length - current.text.length + MIN_OWN_CHARS - 1);
    raise(result, across);
    for (const id of across.ruleIds) if (!result.ruleIds.includes(id)) result.ruleIds.push(id);
  }

  // "まだ続いてる", "さっきより悪い", "119はいや": the earlier report still stands.
  // A bare reply ("ない", "起きない") answers the assistant's question about the earlier report.
  const isReply = current.text.length <= SHORT_REPLY && !current.questionClause.some(Boolean);
  // So is any message after the assistant asked something (今も続いていますか? → "ないです、かゆいだけ"):
  // the answer, whatever it says, does not take back the report it answers.
  const lastTurn = history.at(-1);
  // A reply that settles the question ("もう大丈夫です", "いえ、10年前の話です") answers it too, and says
  // there is nothing now; it keeps the level of its own words.
  // So does one in an earlier reply ("入院も終わって落ち着いてます" → "何かお手伝いできることは?" →
  // "診断書の費用は?"): the next answer is not about the report any more.
  const settledBefore = recentTurns.slice(1).some((turn) => FOLLOW_UP.settled.test(turn.text));
  const lastQuestion = lastTurn?.role === "assistant" ? asQuestion(lastTurn.content) : "";
  const settlesNow = FOLLOW_UP.settled.test(current.text);
  const answersQuestion = /[?？]/u.test(lastQuestion) && !settlesNow && !settledBefore;
  const asksAgain = (isReply && !settledBefore && !settlesNow) || answersQuestion;
  // A report stands until a later turn settles it. "救急車は大げさだよね", "様子見ます", "#7119でいいよね?"
  // or a new question right after an emergency do not take it back: nothing said lowers a level.
  carryLastReport(result, current, history, fold);
  if (asksAgain || ongoing || FOLLOW_UP.patterns.some((p) => p.test(current.text))) {
    // The recent reports and this message read together: "母がけいれんを起こしました" then "まだ止まらない、
    // もう6分" is a seizure that has not stopped, which neither message says alone.
    for (const turn of [...recentTurns, together]) raise(result, evaluate(turn, [], 0, ongoing));
    // "はい、全部あります" or "2日。だるくて吐き気" says yes to what the assistant asked ("顔の片側が
    // 下がる…といったことはありますか?", "ステロイドを飲み忘れて何日ですか?"): the question is then a report.
    const asked = answersQuestion ? askedAtTheEnd(lastQuestion) : "";
    const foldedAsked = asked ? fold(asked) : undefined;
    // "よろしいですか?" asks about no symptom: a yes to it does not make a hypothetical a report.
    const question = foldedAsked && !FOLLOW_UP.confirmation.test(foldedAsked.text) ? foldedAsked : undefined;
    // A temperature in the fever range says yes to a question about fever, whatever else the reply
    // denies ("38.5です…息は苦しくないです").
    const affirmed =
      (FOLLOW_UP.affirms.test(current.text) && !FOLLOW_UP.denies.test(current.text)) ||
      (FOLLOW_UP.feverReply.test(current.text) && FOLLOW_UP.asksTemperature.test(question?.text ?? ""));
    if (question && affirmed) {
      raise(result, evaluate(question, recentTurns, 0, true));
      raise(result, evaluate(current, [question, ...recentTurns], 0, true));
      // The question may name only what it asks about ("紫色や青っぽい色ですか?" after "子どもの唇の色が
      // 少し変"): the report, the question and the yes read as one statement.
      const lastReport = userTurns.at(-1)?.content;
      if (lastReport) raise(result, evaluate(fold([lastReport, asked, message].join("\n")), [], 0, true));
    }
    // "いいえ、どっちも" to "息をしていますか? 呼びかけに反応はありますか?" is no sign of life: the
    // question asks about what is normal, so a no is the emergency.
    if (question && FOLLOW_UP.vital.test(question.text) && FOLLOW_UP.vitalNo.test(current.text)) {
      raise(result, {
        level: "emergency",
        category: "consciousness",
        crisis: false,
        aboutRedFlag: false,
        ruleIds: [],
      });
    }
    if (result.level !== "none" && !result.ruleIds.includes(FOLLOW_UP.id)) result.ruleIds.push(FOLLOW_UP.id);
  }
  return result;
}

/**
 * Raises `result` to the level the last earlier user turn was read at, with its own history: a report,
 * an answer that made one ("どっちもない" to "息はしていますか?"), or a reply that carried one. So a
 * report stands through shrugs and new questions, for up to HISTORY_USER_TURNS replies, until a
 * message settles it ("ドラマの話です", "救急車で運ばれました"); the report turn itself keeps its level
 * whatever else it says (退院したばかりの父がまた息が苦しい). After a crisis or an overdose, 大丈夫,
 * 慣れてる or 落ち着いてる alone settles nothing.
 */
function carryLastReport(
  result: TriageResult,
  current: FoldedText,
  history: readonly Turn[],
  fold: Fold,
): void {
  const last = history.findLastIndex((turn) => turn.role === "user");
  if (last < 0) return;
  const earlier = triageAt((history[last] as Turn).content, history.slice(0, last), fold);
  if (earlier.level === "none") return;
  // After a crisis or an overdose, "大丈夫", "元気です" or "落ち着いてます" only reassure.
  const reassuringOnly = earlier.crisis || earlier.category === "overdose";
  const settling = reassuringOnly ? current.text.replace(FOLLOW_UP.reassurance, "") : current.text;
  if (FOLLOW_UP.settled.test(settling)) return;
  const before = result.level;
  raise(result, earlier);
  if (result.level !== before && !result.ruleIds.includes(FOLLOW_UP.id)) result.ruleIds.push(FOLLOW_UP.id);
}

/** "当てはまるものを教えてください：①…" asks as surely as "…ありますか?". */
function asQuestion(turn: string): string {
  return turn.replace(/(ください|下さい)[:：]/gu, "$1？");
}

/**
 * The questions an assistant turn ends with ("…飲み忘れていますか?何日くらいですか?"), or "" when it
 * does not end with one: an answer composed from the material ends with the disclaimer, so a question
 * quoted inside it is never taken as asked.
 */
function askedAtTheEnd(turn: string): string {
  const text = turn.trim();
  const lastMark = Math.max(text.lastIndexOf("?"), text.lastIndexOf("？"));
  if (lastMark < 0) return "";
  // After the question may come only the options it offers ("・唇が腫れている・息がゼーゼーする",
  // "①息が苦しい ②胸が痛い"), never more prose.
  const options = text.slice(lastMark + 1);
  if (options.length > MAX_OPTIONS_CHARS || /[。!！]/u.test(options)) return "";
  const sentences = text.slice(0, lastMark + 1).split(/(?<=[。!！?？\n])/u);
  let start = sentences.length;
  while (start > 0 && /[?？]\s*$/u.test(sentences[start - 1] as string)) start--;
  return sentences.slice(start).join("") + options;
}

/** Takes the other reading's level if it is higher; a crisis anywhere stays a crisis. */
function raise(result: TriageResult, other: TriageResult): void {
  if (LEVEL_RANK[other.level] > LEVEL_RANK[result.level]) {
    result.level = other.level;
    result.category = other.category;
  }
  result.crisis ||= other.crisis;
}

/**
 * @param minEnd only matches ending after this offset count (the message's start in joined turns).
 * @param questionsAreReports a question about a symptom counts as a report of it.
 */
function evaluate(
  current: FoldedText,
  recentTurns: FoldedText[],
  minEnd = 0,
  questionsAreReports = false,
): TriageResult {
  const result: TriageResult = { level: "none", crisis: false, aboutRedFlag: false, ruleIds: [] };
  for (const rule of RULES) {
    const reading = readRule(rule, current, recentTurns, minEnd, questionsAreReports);
    if (reading === "question") result.aboutRedFlag = true;
    if (reading !== "report" && reading !== "recent") continue;
    // Something that happened yesterday is for a doctor today, not an ambulance.
    const level = reading === "recent" ? "urgent" : rule.level;
    result.ruleIds.push(rule.id);
    result.crisis ||= rule.crisis;
    if (LEVEL_RANK[level] > LEVEL_RANK[result.level]) {
      result.level = level;
      result.category = rule.category;
    }
  }
  return result;
}

/**
 * The rule's reading of the message, or undefined when it does not match. A combination rule needs
 * every group; a group may be met by a report in a recent user turn (ステロイドを飲んでいます → 熱が
 * 出ました), but at least one group must be in the message itself. With `questionsAreReports` (an
 * ongoing or affirming reply), a question about the symptom reads as a report of it.
 */
function readRule(
  rule: CompiledRule,
  current: FoldedText,
  recentTurns: FoldedText[],
  minEnd: number,
  questionsAreReports: boolean,
): Reading | undefined {
  let weakest: Reading | undefined;
  let anyInMessage = false;
  for (const group of rule.groups) {
    let best = bestReading(rule, group, current, minEnd);
    if (best !== undefined && READING_RANK[best] >= READING_RANK.recent) anyInMessage = true;
    if (rule.groups.length > 1 && (best === undefined || READING_RANK[best] < READING_RANK.recent)) {
      if (recentTurns.some((turn) => reportedEarlier(bestReading(rule, group, turn), questionsAreReports))) {
        best = "report";
      }
    }
    if (best === undefined) return undefined;
    if (weakest === undefined || READING_RANK[best] < READING_RANK[weakest]) weakest = best;
  }
  if (weakest === "question") return questionsAreReports ? "report" : "question";
  return anyInMessage ? weakest : undefined;
}

/** Whether an earlier turn's reading counts as reporting the symptom (a closure here ran per rule). */
function reportedEarlier(reading: Reading | undefined, questionsAreReports: boolean): boolean {
  return reading === "report" || (questionsAreReports && reading === "question");
}

function bestReading(
  rule: CompiledRule,
  group: PatternGroup,
  folded: FoldedText,
  minEnd = 0,
): Reading | undefined {
  if (!group.any.test(folded.text)) return undefined;
  let best: Reading | undefined;
  for (const pattern of group.patterns) {
    for (const match of folded.text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (end <= minEnd || isExcluded(rule, folded.text, start, end)) continue;
      const reading = rule.framing === "always" ? "report" : readMatch(folded, start, end);
      if (best === undefined || READING_RANK[reading] > READING_RANK[best]) best = reading;
      if (best === "report") return best;
    }
  }
  return best;
}

/** Exclusions look just before and over the match (お酒を|飲みすぎ, 治療への|反応がない). */
const EXCLUDE_LOOKBEHIND = 10;

function isExcluded(rule: CompiledRule, text: string, start: number, end: number): boolean {
  if (rule.exclude.length === 0) return false;
  const near = text.slice(Math.max(0, start - EXCLUDE_LOOKBEHIND), end);
  return rule.exclude.some((p) => p.test(near));
}
