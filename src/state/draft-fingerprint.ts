/**
 * A cheap fingerprint of the draft: the identities of the stores' immutable instance list and
 * declared inputs. Every edit replaces them, so comparing two fingerprints costs the same for a
 * 1000×1000 matrix as for one number (an edit that is then typed back still counts as a change).
 */
import { useConnectionStore } from "./connection-store";
import { useInstancesStore } from "./instances-store";

/** The draft at one moment, by identity. */
export interface DraftFingerprint {
  readonly instances: unknown;
  readonly inputs: unknown;
}

/** Returns the fingerprint of the draft as it is now. */
export function takeDraftFingerprint(): DraftFingerprint {
  return {
    instances: useInstancesStore.getState().instances,
    inputs: useConnectionStore.getState().inputs,
  };
}

/** Whether two fingerprints are of the same draft. */
export function isSameDraft(a: DraftFingerprint, b: DraftFingerprint): boolean {
  return a.instances === b.instances && a.inputs === b.inputs;
}
