import { diseaseNames } from "../normalize/disease-names.js";
import { questionFocus } from "../normalize/question-focus.js";
import { foldForMatching, foldPattern } from "./fold.js";
import rules from "./intent-rules.json" with { type: "json" };

// Non-medical intents decided before retrieval: administration, attempts to change the rules, small
// talk, and the two medication questions the assistant must never answer personally.

export type Scope = "in_scope" | "admin" | "injection" | "small_talk";
export type MedicationIntent = "personal_dose" | "medication_change" | null;

export interface Intent {
  scope: Scope;
  medication: MedicationIntent;
}

/** Words that lead retrieval to what the material says about a medication question (data, editable). */
export const MEDICATION_HINT: Record<Exclude<MedicationIntent, null>, string> = {
  personal_dose: rules.personal_dose.retrieval_hint,
  medication_change: rules.medication_change.retrieval_hint,
};

const compile = (patterns: string[]): RegExp[] => patterns.map((p) => new RegExp(foldPattern(p), "u"));

const ADMIN = compile(rules.admin.patterns);
const MEDICAL_QUESTION = compile(rules.admin.medical_question_words);
const INJECTION = compile(rules.injection.patterns);
const SMALL_TALK = compile(rules.small_talk.whole_message_patterns);
const EVERYDAY_TOPIC = compile(rules.small_talk.topic_patterns);
const MEDICINE = compile(rules.medicine_words.patterns);
const LIVING_WITH_THE_DISEASE = compile(rules.living_with_the_disease.patterns);
const PERSONAL_DOSE = compile(rules.personal_dose.patterns);
const MEDICATION_CHANGE = rules.medication_change.patterns.map((p) => new RegExp(foldPattern(p), "gu"));
const MEDICATION_CHANGE_SELF_CONTAINED = rules.medication_change.self_contained_patterns.map(
  (p) => new RegExp(foldPattern(p), "gu"),
);
const NOT_MEDICINE = compile(rules.medication_change.not_medicine_objects);
const MEDICINE_WITHIN = rules.medication_change.medicine_within;
const MENTIONS_THIS_DISEASE = /アイザックス|あいざっくす|isaacs|持続性筋線維活動/iu;

const any = (patterns: RegExp[], text: string) => patterns.some((pattern) => pattern.test(text));

/**
 * @param previous the previous user question when `message` follows up on it: a medicine named there
 *   makes "じゃあもう飲まなくていいよね?" a question about that medicine.
 */
export function detectIntent(message: string, previous?: string): Intent {
  const folded = foldForMatching(message);
  const medication = detectMedication(folded, previous ? any(MEDICINE, foldForMatching(previous)) : false);
  // Injection outranks everything: a rule-changing request wrapped around a medical question is
  // still a rule-changing request.
  if (any(INJECTION, folded)) return { scope: "injection", medication };
  if (medication) return { scope: "in_scope", medication };
  // The sentence that asks decides, not the scene set before it: 母の治療をがんばっているので…ケーキの
  // 作り方を教えて is about a cake, and 紹介状をもらって…治療は早いほうがいい? about treatment (but
  // 紹介状をもらいました。いつ行けばいい? stays the clinic's to answer).
  const asked = foldForMatching(questionFocus(message));
  if (any(ADMIN, folded)) {
    const medicalQuestion = !any(ADMIN, asked) && any(MEDICAL_QUESTION, asked);
    return { scope: medicalQuestion ? "in_scope" : "admin", medication: null };
  }
  if (any(SMALL_TALK, folded) || any(EVERYDAY_TOPIC, folded) || any(EVERYDAY_TOPIC, asked))
    return { scope: "small_talk", medication: null };
  return { scope: "in_scope", medication: null };
}

function detectMedication(folded: string, previousNamesMedicine: boolean): MedicationIntent {
  const namesMedicine = any(MEDICINE, folded);
  // 飲まなくていい? / 飲み忘れた are about medicine on this desk even when none is named, unless a
  // drink is what is (not) taken shortly before (お酒は飲まなくていい?).
  for (const pattern of MEDICATION_CHANGE_SELF_CONTAINED) {
    for (const match of folded.matchAll(pattern)) {
      const before = folded.slice(Math.max(0, match.index - MEDICINE_WITHIN), match.index);
      if (namesMedicine || previousNamesMedicine || !any(NOT_MEDICINE, before)) return "medication_change";
    }
  }
  if (!namesMedicine && !previousNamesMedicine) return null;
  if (any(PERSONAL_DOSE, folded)) return "personal_dose";
  // The change must be about the medicine: one named shortly before the verb (薬をやめたい), not a
  // symptom (ピクピクを止めたい、どの薬?).
  for (const pattern of MEDICATION_CHANGE) {
    for (const match of folded.matchAll(pattern)) {
      const before = folded.slice(Math.max(0, match.index - MEDICINE_WITHIN), match.index);
      // In a follow-up that names no medicine itself, the change is about the one asked about before.
      if (any(MEDICINE, before) || !namesMedicine) return "medication_change";
    }
  }
  return null;
}

/**
 * A disease name the material never uses, and no mention of this disease: the question is about
 * another disease (out of scope) rather than something the material happens not to cover.
 */
export function isOtherDisease(message: string, corpusIncludes: (word: string) => boolean): boolean {
  const text = message.normalize("NFKC");
  if (MENTIONS_THIS_DISEASE.test(text)) return false;
  return diseaseNames(text).some((name) => !corpusIncludes(name));
}

/**
 * Whether an unanswerable question is still about the disease or living with it (no_answer: ask the
 * doctor) rather than about something else (out_of_scope): it shares a word with the material, names
 * the disease, or touches a topic of a patient's life.
 */
export function isAboutLivingWithTheDisease(message: string, sharesWordsWithMaterial: boolean): boolean {
  if (sharesWordsWithMaterial || MENTIONS_THIS_DISEASE.test(message.normalize("NFKC"))) return true;
  return any(LIVING_WITH_THE_DISEASE, foldForMatching(message));
}
