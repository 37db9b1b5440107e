import { useConnectionStore } from "../../state/connection-store";
import { isSameDraft } from "../../state/draft-fingerprint";
import { useInstancesStore } from "../../state/instances-store";
import { useRunInputsStore, type RunInputs } from "../../state/run-inputs-store";

/** Returns what the run on screen sent, and whether the draft has changed since (an identity check, cheap for any size). */
export function useSentRun(): { run?: RunInputs; stale: boolean } {
  const run = useRunInputsStore((s) => s.run);
  const instances = useInstancesStore((s) => s.instances);
  const inputs = useConnectionStore((s) => s.inputs);
  const stale = run !== undefined && !isSameDraft(run.fingerprint, { instances, inputs });
  return { run, stale };
}
