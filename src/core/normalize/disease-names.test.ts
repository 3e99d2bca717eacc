import { describe, expect, it } from "vitest";
import { diseaseNames } from "./disease-names.js";

describe("diseaseNames", () => {
  it("finds names that end in a disease suffix", () => {
    expect(diseaseNames("糖尿病と関節リウマチ症、それに胃癌")).toEqual(["糖尿病", "関節リウマチ症", "胃癌"]);
  });

  it("does not read a hospital, a ward or a symptom as a disease", () => {
    expect(diseaseNames("大学病院の病棟で風邪症状と言われた")).toEqual([]);
  });

  it("does not read a word for illness in general as a disease", () => {
    expect(diseaseNames("父は持病があって、後遺症や闘病のことも心配")).toEqual([]);
    expect(diseaseNames("持病の糖尿病")).toEqual(["糖尿病"]);
  });
});
