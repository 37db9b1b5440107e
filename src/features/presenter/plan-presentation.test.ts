import { describe, expect, it } from "vitest";
import { planPresentation } from "./plan-presentation";

describe("planPresentation()", () => {
  it("puts the best class in the headline and raw scores through softmax", () => {
    const plan = planPresentation({
      outputs: {
        label: { kind: "string", shape: [1], value: "beagle;basset" },
        score: { kind: "tensor", dtype: "float32", shape: [2], data: new Float32Array([3, 1]) },
      },
    });
    expect(plan.kind === "outputs" && plan.headline).toBe("beagle");
    expect(plan.kind === "outputs" && plan.softmaxed).toBe(true);
    const shares = plan.kind === "outputs" ? plan.classes.map((c) => c.share) : [];
    expect(shares[0]).toBeCloseTo(Math.exp(3) / (Math.exp(3) + Math.exp(1)), 6);
  });

  it("keeps probabilities as they are", () => {
    const plan = planPresentation({
      outputs: {
        label: { kind: "string", shape: [1], value: "cat;dog" },
        score: {
          kind: "tensor",
          dtype: "float32",
          shape: [2],
          data: new Float32Array([0.5, 0.25]),
        },
      },
    });
    expect(plan.kind === "outputs" && plan.softmaxed).toBe(false);
    expect(plan.kind === "outputs" && plan.classes).toEqual([
      { label: "cat", share: 0.5 },
      { label: "dog", share: 0.25 },
    ]);
  });

  it("uses a text output as the headline and keeps tensors for the heatmap", () => {
    const data = new Float32Array(4);
    const plan = planPresentation({
      outputs: {
        label: { kind: "string", shape: [1], value: "tabby cat" },
        y: { kind: "tensor", dtype: "float32", shape: [2, 2], data },
      },
    });
    expect(plan).toEqual({
      kind: "outputs",
      headline: "tabby cat",
      classes: [],
      softmaxed: false,
      tensors: [{ name: "y", dtype: "float32", shape: [2, 2], data }],
      texts: [],
    });
    expect(planPresentation({ error: "boom" })).toEqual({ kind: "failed" });
  });
});
