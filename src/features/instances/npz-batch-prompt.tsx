import type { NpzBatch } from "./use-npz-batch";

/** Asks how a `.npz` dropped on the instance list becomes instances: per row, or whole. */
export function NpzBatchPrompt(props: { batch: NpzBatch }) {
  const { plan, error, confirm, cancel } = props.batch;
  if (error) {
    return (
      <div className="notices" role="alert">
        <p>⚠ {error}</p>
        <button type="button" onClick={cancel}>
          Dismiss
        </button>
      </div>
    );
  }
  if (!plan) {
    return null;
  }
  const names = [...plan.arrays.keys()].join(", ");
  return (
    <div className="notices npz-prompt" role="group" aria-label={`Instances from ${plan.fileName}`}>
      <p>
        {plan.fileName}: {names}
        {plan.batch === undefined
          ? " do not share a leading dimension."
          : ` share a leading dimension of ${plan.batch}.`}
        {plan.unused.length > 0 && ` No tensor input is named ${plan.unused.join(", ")}.`}
      </p>
      {plan.batch !== undefined && (
        <button type="button" onClick={() => confirm(true)}>
          Add {plan.batch} instances, one per row
        </button>
      )}
      <button type="button" onClick={() => confirm(false)}>
        Add one instance with the whole arrays
      </button>
      <button type="button" onClick={cancel}>
        Cancel
      </button>
    </div>
  );
}
