/** Finds the classify_top5 shape among an instance's outputs: `;`-joined names beside their scores. */
import type { NumericArray, OutputValue } from "../../protocol/tensor-types";

/** The label/score pair of one instance, read as a ranked list. */
export interface RankedOutputs {
  labels: string[];
  scores: number[];
}

/** The output names the pair uses (DESIGN.md §4, classify_top5). */
export const RANKED_LABEL = "label";
export const RANKED_SCORE = "score";

/**
 * Returns the ranked classes when `label` is one string of several `;`-joined names and `score`
 * a numeric tensor with one value per name (what the results view shows as ranked classes);
 * undefined otherwise.
 */
export function findRankedOutputs(
  outputs: Readonly<Record<string, OutputValue>>,
): RankedOutputs | undefined {
  const label = outputs[RANKED_LABEL];
  const score = outputs[RANKED_SCORE];
  if (label?.kind !== "string" || !label.value.includes(";") || score?.kind !== "tensor") {
    return undefined;
  }
  const labels = label.value.split(";").map((text) => text.trim());
  if (score.data.length !== labels.length) {
    return undefined;
  }
  return { labels, scores: toNumbers(score.data) };
}

function toNumbers(data: NumericArray): number[] {
  return Array.from(data as Iterable<number | bigint>, Number);
}
