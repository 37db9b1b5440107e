import { describe, expect, it } from "vitest";
import { planInstanceOutputs, scaleScores } from "./plan-instance-outputs";
import type { OutputValue } from "../serving/types";

const top5Label: OutputValue = {
  kind: "string",
  shape: [1],
  value: "tabby, tabby cat;tiger cat;Egyptian cat;lynx, catamount;tiger",
};
const scores = (values: number[]): OutputValue => ({
  kind: "tensor",
  dtype: "float32",
  shape: [values.length],
  data: new Float32Array(values),
});

describe("planInstanceOutputs()", () => {
  it("pairs a ;-joined label with a score of the same length into one ranked block", () => {
    const blocks = planInstanceOutputs({
      label: top5Label,
      score: scores([0.5, 0.25, 0.125, 0.0625, 0.03125]),
    });
    expect(blocks).toEqual([
      {
        kind: "ranked",
        labelName: "label",
        scoreName: "score",
        labels: ["tabby, tabby cat", "tiger cat", "Egyptian cat", "lynx, catamount", "tiger"],
        scores: [0.5, 0.25, 0.125, 0.0625, 0.03125],
      },
    ]);
  });

  it("keeps label and score apart when their lengths differ", () => {
    const blocks = planInstanceOutputs({ label: top5Label, score: scores([0.5, 0.25]) });
    expect(blocks.map((block) => block.kind)).toEqual(["output", "output"]);
  });

  it("shows a single label (classify_top1) as a plain output", () => {
    const label: OutputValue = { kind: "string", shape: [1], value: "golden retriever" };
    expect(planInstanceOutputs({ label })).toEqual([
      { kind: "output", name: "label", output: label },
    ]);
  });

  it("keeps the other outputs in reply order around the ranked block", () => {
    const y: OutputValue = { kind: "scalar", dtype: "float32", shape: [], value: 1 };
    const blocks = planInstanceOutputs({
      y,
      label: top5Label,
      score: scores([1, 2, 3, 4, 5]),
      z: y,
    });
    expect(blocks.map((block) => (block.kind === "output" ? block.name : "ranked"))).toEqual([
      "y",
      "ranked",
      "z",
    ]);
  });
});

describe("scaleScores()", () => {
  it("uses probabilities as bar lengths directly", () => {
    expect(scaleScores([0.7, 0.2, 0.1])).toEqual([0.7, 0.2, 0.1]);
  });

  it("spreads other scores (logits) between the lowest and the highest", () => {
    expect(scaleScores([12, 8, 4, -4])).toEqual([1, 0.75, 0.5, 0]);
  });

  it("gives equal scores full bars and non-finite ones none", () => {
    expect(scaleScores([3, 3])).toEqual([1, 1]);
    expect(scaleScores([0.5, Number.NaN])).toEqual([0.5, 0]);
  });
});
