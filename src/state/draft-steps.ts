/**
 * The draft steps that can be undone, and undoing them: removing an instance, clearing the draft,
 * loading a whole draft (a run from history, an imported archive).
 */
import { identifyInputs } from "../draft/connection-draft";
import { methodKey } from "../draft/method-key";
import { pickDraftTarget } from "../draft/pick-draft-target";
import { useConnectionStore } from "./connection-store";
import { useFilesStore } from "./files-store";
import { createInstance, useInstancesStore } from "./instances-store";
import { useMethodDraftsStore } from "./method-drafts-store";
import { type FullDraft, type UndoStep, useUndoStore } from "./undo-store";

/** Returns the draft on screen: what to call (without gateway and headers) and its instances. */
export function captureDraft(): FullDraft {
  return {
    connection: pickDraftTarget(useConnectionStore.getState()),
    instances: useInstancesStore.getState().instances,
  };
}

/** Removes the instance, as a step that can be undone. */
export function removeInstance(id: string): void {
  const { instances } = useInstancesStore.getState();
  const index = instances.findIndex((inst) => inst.id === id);
  const instance = instances[index];
  if (!instance) {
    return;
  }
  const { servable, method } = useConnectionStore.getState();
  useUndoStore.getState().push({ kind: "instance-removed", servable, method, instance, index });
  useInstancesStore.getState().remove(id);
}

/** Replaces every instance with one fresh instance for the declared inputs, as a step that can be undone. */
export function clearDraft(): void {
  useUndoStore.getState().push({ kind: "draft-cleared", previous: captureDraft() });
  useInstancesStore
    .getState()
    .replaceInstances([createInstance(useConnectionStore.getState().inputs)]);
}

/**
 * Loads a whole draft (connection target, instances and file bytes) as the one on screen, as one
 * step that can be undone; the draft it replaces is kept under its own method. History's
 * "Restore" and the archive import use it. The gateway URL and headers stay as they are.
 */
export async function restoreDraft(
  draft: FullDraft,
  kind: "draft-restored" | "draft-imported" = "draft-restored",
): Promise<void> {
  const files = draft.files ?? {};
  const ids = Object.keys(files);
  // Pending while stored: a cleanup running meanwhile must keep these bytes. They are in memory
  // at once, so the draft shows before its files are written to storage; the draft is saved only
  // once they are (`saveDraft` waits), so a reload in between finds the draft before.
  useFilesStore.setState((s) => ({
    pending: [...s.pending, ...ids],
    files: ids.length > 0 ? { ...s.files, ...files } : s.files,
  }));
  try {
    const previous = captureDraft();
    const replaced = applyDraft(draft);
    useUndoStore.getState().push({
      kind,
      previous,
      replaced: replaced && {
        key: methodKey(draft.connection.servable, draft.connection.method),
        draft: replaced,
      },
    });
    if (ids.length > 0) {
      await useFilesStore.getState().addBytes(files);
    }
  } finally {
    useFilesStore.getState().release(ids);
  }
}

function applyDraft(draft: FullDraft) {
  const replaced = useConnectionStore
    .getState()
    .load({ ...draft.connection, inputs: identifyInputs(draft.connection.inputs) });
  // After the inputs: declaring them re-keys the instances, which the loaded ones replace.
  useInstancesStore.getState().replaceInstances(draft.instances);
  return replaced;
}

/** Undoes the latest step; returns it, or undefined when there was nothing to undo. */
export function undoLastStep(): UndoStep | undefined {
  const step = useUndoStore.getState().pop();
  if (!step) {
    return undefined;
  }
  switch (step.kind) {
    case "instance-removed": {
      const c = useConnectionStore.getState();
      // Removed under another method: that method's draft comes back on screen first.
      if (methodKey(c.servable, c.method) !== methodKey(step.servable, step.method)) {
        c.update({ servable: step.servable, method: step.method });
      }
      useInstancesStore.getState().insert(step.instance, step.index);
      break;
    }
    case "draft-cleared":
    case "draft-restored":
    case "draft-imported": {
      applyDraft(step.previous);
      if (step.replaced) {
        useMethodDraftsStore.getState().keep(step.replaced.key, step.replaced.draft);
      }
      break;
    }
  }
  return step;
}
