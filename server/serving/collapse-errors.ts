import type { InstanceOutcome, PlainReply } from "./predict";

/**
 * Returns master's reply for a request's outcomes: when every instance failed with the same code and text,
 * one whole-request error with that code (from r1.3 on); otherwise the outcomes as they are.
 */
export function collapseSameErrors(outcomes: readonly InstanceOutcome[]): PlainReply {
  const [first] = outcomes;
  if (
    first !== undefined &&
    "error" in first &&
    outcomes.every((o) => "error" in o && o.error === first.error && o.code === first.code)
  ) {
    return { error: first.error, code: first.code };
  }
  return { instances: outcomes };
}
