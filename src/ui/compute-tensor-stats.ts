/** The stats a tensor view shows, reused from the reply decoder when it computed them. */
import { computeTensorStatsNow, type TensorStats } from "../serving/tensor-stats";
import { recallTensorStats } from "../serving/tensor-summaries";
import type { NumericArray } from "../serving/types";

export type { TensorStats } from "../serving/tensor-stats";

/**
 * Returns count, NaN count, min, max and mean of a tensor's elements: those the reply decoder
 * computed off the page's thread for a large output, else computed here in a single pass.
 */
export function computeTensorStats(data: NumericArray): TensorStats {
  return recallTensorStats(data) ?? computeTensorStatsNow(data);
}
