import { useDeferredValue } from "react";
import { ResultCard } from "./result-card";
import type { InstanceResult } from "../../serving/types";
import type { RunInputs } from "../../state/run-inputs-store";

/** Cards painted with the reply; the rest follow in a background render that yields to input. */
export const FIRST_RESULT_CARDS = 4;

/**
 * Shows one ResultCard per instance. The first FIRST_RESULT_CARDS come in the reply's own render;
 * the others in a deferred one, which React splits into short slices, so sixteen photo results do
 * not hold the page in one long task.
 */
export function ResultCardList(props: { instances: readonly InstanceResult[]; run?: RunInputs }) {
  const { instances, run } = props;
  const shown = useDeferredValue(instances.length, Math.min(instances.length, FIRST_RESULT_CARDS));
  return (
    <div className="results-list">
      {instances.slice(0, shown).map((instance, index) => (
        <ResultCard
          key={index}
          number={index + 1}
          result={instance}
          sent={run?.instances[index]}
          inputNames={run?.inputNames ?? []}
        />
      ))}
    </div>
  );
}
