/** What the presenter shows of one instance's outputs: a headline label, top classes as shares, tensors, texts. */
import { planInstanceOutputs } from "../../ui/plan-instance-outputs";
import { isProbabilityVector, softmax } from "../../ui/read-scores";
import type { InstanceResult, NumericArray, NumericDType, OutputValue } from "../../serving/types";

/** One class with its share in [0, 1]. */
export interface PresentedClass {
  label: string;
  share: number;
}

/** A numeric output the presenter shows as a heatmap (2-D) or as values. */
export interface PresentedTensor {
  name: string;
  dtype: NumericDType;
  shape: number[];
  data: NumericArray;
}

/** The presenter's plan of one result. */
export type Presentation =
  | { kind: "failed" }
  | {
      kind: "outputs";
      /** The answer in large type: the best class, or a short text output. */
      headline?: string;
      classes: PresentedClass[];
      /** Whether the shares are a softmax of raw scores (so they are shares among the classes shown). */
      softmaxed: boolean;
      tensors: PresentedTensor[];
      texts: { name: string; text: string }[];
    };

const TOP = 5;

/** Returns what to present of a result; the bars are probabilities, or the softmax of raw scores. */
export function planPresentation(result: InstanceResult): Presentation {
  if ("error" in result) {
    return { kind: "failed" };
  }
  let headline: string | undefined;
  let classes: PresentedClass[] = [];
  let softmaxed = false;
  const tensors: PresentedTensor[] = [];
  const texts: { name: string; text: string }[] = [];
  for (const block of planInstanceOutputs(result.outputs)) {
    if (block.kind === "ranked") {
      softmaxed = !isProbabilityVector(block.scores, false);
      const shares = softmaxed ? softmax(block.scores) : block.scores;
      classes = block.labels.map((label, i) => ({ label, share: shares[i] ?? 0 })).slice(0, TOP);
      headline ??= classes[0]?.label;
      continue;
    }
    addOutput(block.name, block.output, tensors, texts);
  }
  if (headline === undefined && texts.length > 0) {
    headline = texts.shift()?.text;
  }
  return { kind: "outputs", headline, classes, softmaxed, tensors, texts };
}

function addOutput(
  name: string,
  output: OutputValue,
  tensors: PresentedTensor[],
  texts: { name: string; text: string }[],
): void {
  switch (output.kind) {
    case "tensor":
      tensors.push({ name, dtype: output.dtype, shape: output.shape, data: output.data });
      return;
    case "scalar":
      texts.push({ name, text: String(output.value) });
      return;
    case "string":
      texts.push({ name, text: output.value });
      return;
    case "strings":
      texts.push({ name, text: output.values.join(", ") });
      return;
    case "bytes":
    case "bytes-list":
    case "invalid":
      return;
  }
}
