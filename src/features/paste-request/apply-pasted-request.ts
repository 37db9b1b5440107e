/**
 * Puts a cleanly read paste into the draft in one step: its file bytes first, then the target it
 * names, the inputs it uses and its instances. Returns how to put the previous draft back.
 */
import { draftFromPaste } from "../../paste-request/draft-from-paste";
import { useConnectionStore } from "../../state/connection-store";
import { useFilesStore } from "../../state/files-store";
import { useInstancesStore } from "../../state/instances-store";
import type { ConnectionDraft } from "../../draft/connection-draft";
import type { InputDecl } from "../../draft/draft-value";
import type { PastedRequest } from "../../paste-request/pasted-request";

/** Restores the draft as it was before the paste. */
export type UndoPaste = () => void;

/** Applies the pasted request to the draft; resolves with the undo once every store holds it. */
export async function applyPastedRequest(request: PastedRequest): Promise<UndoPaste> {
  const connection = useConnectionStore.getState();
  const draft = draftFromPaste(request, connection.inputs);
  // Bytes are stored before any instance refers to them.
  await useFilesStore.getState().addBytes(draft.files);
  const before = snapshotConnection(useConnectionStore.getState());
  const previousInstances = useInstancesStore.getState().instances;
  const { target } = request;
  const patch: Partial<ConnectionDraft> = {};
  if (target.servable !== undefined) {
    patch.servable = target.servable;
  }
  if (target.method !== undefined) {
    patch.method = target.method;
  }
  if (target.version !== undefined) {
    patch.version = String(target.version);
  }
  if (target.wire !== undefined) {
    patch.wire = target.wire;
  }
  if (request.form === "curl") {
    patch.transport = "rest";
  } else if (request.form === "grpcurl") {
    patch.transport = "grpc-web";
  }
  useConnectionStore.getState().update(patch);
  if (!sameInputs(useConnectionStore.getState().inputs, draft.inputs)) {
    useConnectionStore.getState().declareInputs(draft.inputs);
  }
  useInstancesStore.getState().replaceInstances(draft.instances);
  return () => {
    useConnectionStore.getState().load(before);
    useInstancesStore.getState().replaceInstances(previousInstances);
  };
}

function snapshotConnection(
  state: ConnectionDraft,
): Omit<ConnectionDraft, "gatewayUrl" | "metadata"> {
  const {
    servable,
    method,
    version,
    transport,
    wire,
    timeoutSeconds,
    presetId,
    inputs,
    fileLimitMb,
  } = state;
  return {
    servable,
    method,
    version,
    transport,
    wire,
    timeoutSeconds,
    presetId,
    inputs,
    fileLimitMb,
  };
}

// Declared inputs that already name the pasted ones with the same kinds are kept (with their ids).
function sameInputs(declared: readonly InputDecl[], pasted: readonly InputDecl[]): boolean {
  return (
    declared.length === pasted.length &&
    pasted.every((p) => declared.some((d) => d.name === p.name && d.kind === p.kind))
  );
}
