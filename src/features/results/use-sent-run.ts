import { useDraftChangeToken } from "../../state/draft-change-token";
import { useRunInputsStore, type RunInputs } from "../../state/run-inputs-store";

/** Returns what the run on screen sent, and whether the draft has changed since (a token compare, cheap for any size). */
export function useSentRun(): { run?: RunInputs; stale: boolean } {
  const run = useRunInputsStore((s) => s.run);
  const token = useDraftChangeToken();
  const stale = run !== undefined && run.token !== token;
  return { run, stale };
}
