/** Builds the call of the current draft as the runs store does, for sends that are not the Send button's. */
import { buildInstances } from "../draft/build-instances";
import { buildTarget } from "../draft/build-target";
import { convertMegabytesToBytes } from "../draft/format-byte-size";
import { useConnectionStore } from "./connection-store";
import { useFilesStore } from "./files-store";
import { isMetadataWithheld, useGatewayCheckStore } from "./gateway-check-store";
import { useInstancesStore } from "./instances-store";
import type { WireChoice } from "../draft/wire-choice";
import type { Instance, ServingTarget } from "../serving/types";

/** A draft ready to send. */
export interface PreparedSend {
  target: ServingTarget;
  wireChoice: WireChoice;
  timeoutMs?: number;
  instances: Instance[];
}

/** Why the draft cannot be sent: a connection field (with its message), marked inputs, or no instance. */
export type DraftSendProblem =
  { problem: "connection"; error: string } | { problem: "inputs" } | { problem: "no-instances" };

/**
 * Returns the target and instances of the draft, or what stops it. Input problems go to the
 * instances store, where the editors show them (and are cleared otherwise).
 */
export function prepareDraftSend(): PreparedSend | DraftSendProblem {
  const draft = useConnectionStore.getState();
  // Saved headers never go to a gateway from a page link the user has not confirmed.
  const withheld = isMetadataWithheld(useGatewayCheckStore.getState(), draft.gatewayUrl);
  const connection = withheld ? { ...draft, metadata: [] } : draft;
  const built = buildTarget(connection);
  if ("error" in built) {
    useInstancesStore.getState().showProblems([]);
    return { problem: "connection", error: built.error };
  }
  const { instances, problems } = buildInstances(
    useInstancesStore.getState().instances,
    useFilesStore.getState().files,
    convertMegabytesToBytes(connection.fileLimitMb),
  );
  useInstancesStore.getState().showProblems(problems);
  if (problems.length > 0) {
    return { problem: "inputs" };
  }
  if (instances.length === 0) {
    return { problem: "no-instances" };
  }
  return {
    target: built.target,
    wireChoice: built.wireChoice,
    timeoutMs: built.timeoutMs,
    instances,
  };
}
