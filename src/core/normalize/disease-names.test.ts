import { describe, expect, it } from "vitest";
import { diseaseNames } from "./disease-names.js";

describe("diseaseNames", () => {
  it("finds names that end in a disease suffix", () => {
    expect(diseaseNames("糖尿病と関節リウマチ症、それに胃癌")).toEqual(["糖尿病", "関節リウマチ症", "胃癌"]);
  });

  it("does not read a hospital, a ward or a symptom as a disease", () => {
    expect(diseaseNames("大学病院の病棟で風邪症状と言われた")).toEqual([]);
  });
});
