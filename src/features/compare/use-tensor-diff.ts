import { useEffect, useState } from "react";
import { describeError } from "../../../shared/describe-value";
import { diffInBackground, type TensorDiff } from "../../compare/diff-in-background";
import type { NumericArray, NumericDType } from "../../serving/types";

/** The diff of one numeric output pair: computing, done, or failed with a message. */
export type TensorDiffState =
  | { status: "computing" }
  | { status: "done"; diff: TensorDiff }
  | { status: "failed"; error: string };

/** Returns the element-wise diff of two arrays, computed off the main thread where a Worker exists. */
export function useTensorDiff(
  dtype: NumericDType,
  shape: readonly number[],
  a: NumericArray,
  b: NumericArray,
): TensorDiffState {
  // The answer remembers which arrays it is for, so new arrays read as "computing" at once.
  const [answer, setAnswer] = useState<{
    a: NumericArray;
    b: NumericArray;
    state: TensorDiffState;
  }>();
  useEffect(() => {
    let current = true;
    diffInBackground(dtype, shape, a, b).then(
      (diff) => current && setAnswer({ a, b, state: { status: "done", diff } }),
      (error: unknown) =>
        current && setAnswer({ a, b, state: { status: "failed", error: describeError(error) } }),
    );
    return () => {
      current = false;
    };
  }, [dtype, shape, a, b]);
  return answer?.a === a && answer.b === b ? answer.state : { status: "computing" };
}
