import type { FoldedText } from "./fold.js";
import { FRAMING as F } from "./rules.js";

// How a matched symptom is being talked about. Read inside the clause(s) the match sits in:
//   dismissed — negated (息苦しくはない, 息苦しさなし), resolved (熱は下がった), a measure of something
//               else (胸が痛くなるくらい感動した, 「息もできない」って曲), in the distant past
//               (去年けいれんがあった, 以前倒れたことがある), figurative (息が止まるかと思った), or
//               about someone on TV or in a story (ドラマで俳優が倒れてた);
//   question  — about the symptom, not a report of it (呼吸困難になることはありますか?, 息が苦しく
//               なったらどうすれば?): answered from the material with the "call 119 if now" note;
//   recent    — yesterday or last week (昨日倒れた): a doctor today rather than an ambulance;
//   report    — anything else. A present-time word (今, さっき, まだ) or a progressive form overrides
//               past and question readings, so "今息が苦しいけど大丈夫?" is a report. When the
//               reading is unclear the answer is "report": over-triage is the lesser cost.
export type Reading = "report" | "recent" | "question" | "dismissed";

const LATIN_START = /^[a-z]/u;
/** A clause that starts by quoting the one before ("…っていう", "…って"). */
const QUOTED = /^(?:って|という|っていう|とおも)/u;
/** Adjective stems before そう (苦しそう, 痛そう, できなさそう): how someone looked, not a near miss. */
const ADJECTIVE_STEM = /(?:くるし|ぐるし|いた|つら|だる|しんど|な)$/u;
/** A match ending in て/で (倒れて, …) goes on to the next clause, where a simile may describe the writer. */
const TE_FORM = /[てで]$/u;

export const READING_RANK: Record<Reading, number> = { dismissed: 0, question: 1, recent: 2, report: 3 };

export function readMatch(folded: FoldedText, start: number, end: number): Reading {
  const { text, clause, questionClause } = folded;
  const last = clause[end - 1] as number;
  const from = folded.clauseStart[clause[start] as number] as number;
  // "けいれんが止まらない…っていう夢を見た": a clause that goes on with って quotes the one before.
  const quotedBy = folded.clauseEnd[last + 1];
  const to = (
    quotedBy !== undefined && QUOTED.test(text.slice(folded.clauseEnd[last]))
      ? quotedBy
      : folded.clauseEnd[last]
  ) as number;
  const prefix = text.slice(from, start);
  const suffix = text.slice(end, to);
  const matched = text.slice(start, end);

  // A match that took its particle (熱も|息苦しさもない) gives it back to the negation that needs it.
  const negated = withLastOf(matched, suffix, "もやと");
  // "夢の話じゃなくて今です" denies the story it names, so no story reading applies; nor does
  // "倒れて、夢を見ているみたいで" after a report, a simile for how the writer feels (not in a film).
  const simile = TE_FORM.test(matched) && F.dreamSimile.test(suffix) && !F.fiction.test(prefix);
  const story = !F.notStory.test(suffix) && !simile;
  if (F.negation.test(negated) || F.resolved.test(suffix) || (story && F.figurative.test(suffix)))
    return "dismissed";
  // A pet (うちの犬が今けいれんしてる) is not a patient.
  if (F.animal.test(prefix)) return "dismissed";
  // English says no before the word ("no chest pain").
  if (LATIN_START.test(matched) && F.negationBefore.test(prefix)) return "dismissed";
  // "…たことがあるけど今は元気": a present word after a contrast (…けど今は) speaks of now, not of the
  // symptom, so it does not make the past event a present report.
  const contrast = suffix.search(F.contrastNow);
  const scope = text.slice(from, contrast < 0 ? to : end + contrast);
  const present = F.present.test(scope) || F.progressive.test(suffix);
  if (present) return "report";
  // The match may end in the past tense itself (倒れた|ことがある).
  const experiential = F.experiential.test(text.slice(end - 1, to));
  if (F.distantPast.test(prefix) || experiential) return "dismissed";
  // "去年、救急車で運ばれました。そのときは呼吸が苦しかったです": その時 is the time an earlier clause named.
  const before = clause[start] as number;
  const previousClause = before > 0 ? text.slice(folded.clauseStart[before - 1], from) : "";
  const earlierTime = F.anaphoricTime.test(prefix) && F.pastTense.test(suffix) ? previousClause : "";
  if (earlierTime && F.distantPast.test(earlierTime)) return "dismissed";
  // Someone on TV or in a story (ドラマで俳優が倒れてた) is not someone the writer is with.
  if (story && !F.notStory.test(prefix) && F.fiction.test(prefix)) return "dismissed";
  // …nor is someone whose story the writer read or heard (血漿交換中に気を失った人の話を読んで).
  if (F.othersStory.test(suffix)) return "dismissed";
  // Excitement given as the cause (ライブが最高すぎて息できんかった) is a way of speaking, in the past.
  if (F.excitement.test(prefix)) return "dismissed";
  if (isAboutTheSymptom(matched, prefix, suffix, questionClause[last] === true)) return "question";
  // "息苦しかったのは昨日の話です" names the time after the symptom.
  if (
    F.recentPast.test(prefix) ||
    F.recentTold.test(suffix) ||
    (earlierTime && F.recentPast.test(earlierTime))
  )
    return "recent";
  // "意識が飛びそうだった": it nearly happened, and the message says nothing of now: a doctor, not 119.
  // An adjective's そう is how someone looked (苦しそうでした), which is a report.
  if (F.nearMissPast.test(suffix) && !ADJECTIVE_STEM.test(matched) && !suffix.startsWith("さそう"))
    return "recent";
  return "report";
}

function isAboutTheSymptom(
  matched: string,
  prefix: string,
  suffix: string,
  endsWithQuestionMark: boolean,
): boolean {
  if (F.hypotheticalLead.test(prefix) || F.about.test(suffix)) return true;
  // A general statement someone read or heard (発疹が出ることがあると聞きました) is about the symptom;
  // a relayed event (母に熱が出たと聞いた) is not, because "出た" is not a general form.
  // So is a warning heard (発疹が出たら危ないと聞きました).
  if (F.hearsay.test(suffix) && (F.generic.test(suffix) || F.conditional.test(suffix))) return true;
  // A match that ends in the past tense may be the start of "…たら" (倒れた|らどうしよう): both checks
  // below read the conditional whole.
  const after = withLastOf(matched, suffix, "ただ");
  // A report followed at once by a plea (息が苦しい、どうしたらいい? / 熱が38度ある、大丈夫?) is a report,
  // even though "どうしたら" also ends conditional questions (苦しくなったらどうすれば?).
  if (F.plea.test(after)) return false;
  // Voice input runs a question into what follows (…あるんですかね一応聞いておきたくて): a polite
  // question ending inside the clause asks too.
  const asks = endsWithQuestionMark || F.questionEnd.test(suffix) || F.questionInside.test(suffix);
  // "…たら" asks what to do (苦しくなったらどうすれば?) unless it tells what happened (やめたらだるい).
  if (F.conditional.test(after) && !F.narrative.test(suffix) && (asks || F.adviceSeeking.test(suffix))) {
    return true;
  }
  // …and so does one someone put to the writer (「倒れたらどうするの」って聞かれた), told in the past.
  if (F.conditional.test(after) && F.askedOfMe.test(suffix)) return true;
  if (!asks || F.reportConjunction.test(suffix)) return false;
  // A symptom noun as the topic of a question (呼吸障害は遺伝型だけですか?) is about the symptom; an
  // adjective is not (胸が痛いのは病気のせいですか? presupposes the pain, so it stays a report).
  return F.generic.test(suffix) || (F.nounSymptom.test(matched) && F.nounTopic.test(suffix));
}

/** The suffix with the match's last character before it, when that character is one of `chars`. */
function withLastOf(matched: string, suffix: string, chars: string): string {
  const last = matched.slice(-1);
  return last !== "" && chars.includes(last) ? last + suffix : suffix;
}
