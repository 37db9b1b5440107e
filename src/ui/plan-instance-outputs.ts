import type { NumericArray, OutputValue } from "../serving/types";

/** One block of a result card: a plain output, or a label/score pair shown as ranked classes. */
export type OutputBlock =
  | { kind: "output"; name: string; output: OutputValue }
  | { kind: "ranked"; labelName: string; scoreName: string; labels: string[]; scores: number[] };

const LABEL = "label";
const SCORE = "score";
const SEPARATOR = ";";

/**
 * Returns the blocks of one instance's outputs in reply order. A string `label` holding several
 * `;`-joined names next to a numeric `score` with one value per name (the classify_top5 shape)
 * becomes one "ranked" block in place of both.
 */
export function planInstanceOutputs(outputs: Record<string, OutputValue>): OutputBlock[] {
  const ranked = findRankedClasses(outputs);
  const blocks: OutputBlock[] = [];
  for (const [name, output] of Object.entries(outputs)) {
    if (ranked && name === LABEL) {
      blocks.push(ranked);
    } else if (!(ranked && name === SCORE)) {
      blocks.push({ kind: "output", name, output });
    }
  }
  return blocks;
}

function findRankedClasses(outputs: Record<string, OutputValue>): OutputBlock | undefined {
  const label = outputs[LABEL];
  const score = outputs[SCORE];
  if (label?.kind !== "string" || !label.value.includes(SEPARATOR) || score?.kind !== "tensor") {
    return undefined;
  }
  const labels = label.value.split(SEPARATOR).map((text) => text.trim());
  if (score.data.length !== labels.length) {
    return undefined;
  }
  return {
    kind: "ranked",
    labelName: LABEL,
    scoreName: SCORE,
    labels,
    scores: toNumbers(score.data),
  };
}

function toNumbers(data: NumericArray): number[] {
  return Array.from(data as Iterable<number | bigint>, Number);
}

/**
 * Returns each score's bar length in [0, 1]: the score itself when all are probabilities
 * (within [0, 1]); otherwise its position between the lowest and highest score, so logits
 * still rank visibly.
 */
export function scaleScores(scores: readonly number[]): number[] {
  const finite = scores.filter(Number.isFinite);
  if (finite.every((score) => score >= 0 && score <= 1)) {
    return scores.map((score) => (Number.isFinite(score) ? score : 0));
  }
  const low = Math.min(...finite);
  const high = Math.max(...finite);
  const span = high - low;
  return scores.map((score) => {
    if (!Number.isFinite(score)) {
      return 0;
    }
    return span === 0 ? 1 : (score - low) / span;
  });
}
