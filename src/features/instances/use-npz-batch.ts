import { useState } from "react";
import { describeError } from "../../../shared/describe-value";
import { addNpzInstances, type NpzPlan, planNpzInstances } from "./tensor-file-intake";

/** A `.npz` dropped on the instance list, waiting for the user to say how it becomes instances. */
export interface NpzBatch {
  plan?: NpzPlan;
  error?: string;
  take(file: File): void;
  /** Adds one instance per row of the leading dimension, or one instance with the whole arrays. */
  confirm(perRow: boolean): void;
  cancel(): void;
}

/** Returns the state and actions of a `.npz` taken in by the instance list. */
export function useNpzBatch(): NpzBatch {
  const [plan, setPlan] = useState<NpzPlan>();
  const [error, setError] = useState<string>();
  return {
    plan,
    error,
    take: (file) => {
      setError(undefined);
      planNpzInstances(file).then(setPlan, (e: unknown) => {
        setPlan(undefined);
        setError(describeError(e));
      });
    },
    confirm: (perRow) => {
      if (plan) {
        addNpzInstances(plan, perRow);
      }
      setPlan(undefined);
    },
    cancel: () => {
      setPlan(undefined);
      setError(undefined);
    },
  };
}
