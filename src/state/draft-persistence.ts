/**
 * Keeps the whole draft across reloads and errors: connection and instances as JSON in
 * localStorage (written on every change, so nothing typed is lost), file bytes in IndexedDB.
 */
import { type ConnectionDraft, identifyInputs, initialConnection } from "../draft/connection-draft";
import { readGatewayParam } from "../draft/default-gateway-url";
import { pruneFileBytes } from "../draft/file-storage";
import { isDraftInstance } from "../draft/is-draft-instance";
import { useConnectionStore } from "./connection-store";
import { useFilesStore } from "./files-store";
import { useInstancesStore } from "./instances-store";
import type { DraftInstance } from "../draft/draft-value";

/** The localStorage key of the draft; the suffix changes when the saved shape does. */
export const DRAFT_KEY = "serving-console:draft:v1";

// The data fields of the connection (its actions are not saved); read once, as saves run on every edit.
const CONNECTION_FIELDS = Object.keys(initialConnection()) as (keyof ConnectionDraft)[];

interface SavedDraft {
  connection: ConnectionDraft;
  instances: DraftInstance[];
}

/** Returns the ids of every file the instances reference. */
export function collectFileIds(instances: readonly DraftInstance[]): Set<string> {
  const ids = new Set<string>();
  for (const inst of instances) {
    for (const value of Object.values(inst.values)) {
      if ((value.kind === "image" || value.kind === "bytes") && value.file) {
        ids.add(value.file.id);
      }
    }
  }
  return ids;
}

/** Writes the current draft to localStorage; returns false when storage refused it. */
export function saveDraft(storage: Storage = localStorage): boolean {
  const { instances } = useInstancesStore.getState();
  const state = useConnectionStore.getState();
  const connection = Object.fromEntries(
    CONNECTION_FIELDS.map((k) => [k, state[k]]),
  ) as unknown as ConnectionDraft;
  try {
    storage.setItem(DRAFT_KEY, JSON.stringify({ connection, instances } satisfies SavedDraft));
    return true;
  } catch {
    return false;
  }
}

/**
 * Restores the saved draft into the stores (a `?gateway=` in the page URL wins over the saved
 * gateway), then loads the referenced file bytes. Returns whether a draft was found.
 */
export async function restoreDraft(search = "", storage: Storage = localStorage): Promise<boolean> {
  const saved = readSaved(storage);
  if (saved) {
    const gateway = readGatewayParam(search);
    useConnectionStore.setState({
      ...saved.connection,
      ...(gateway ? { gatewayUrl: gateway } : {}),
    });
    useInstancesStore.setState({ instances: saved.instances });
  }
  const ids = collectFileIds(useInstancesStore.getState().instances);
  await useFilesStore.getState().restore([...ids]);
  return saved !== undefined;
}

// Read when the cleanup has listed the stored ids, not when it starts: a file stored meanwhile is
// either still pending or already referenced by then.
function readKeptFileIds(): Set<string> {
  const kept = collectFileIds(useInstancesStore.getState().instances);
  useFilesStore.getState().pending.forEach((id) => kept.add(id));
  return kept;
}

function readSaved(storage: Storage): SavedDraft | undefined {
  try {
    const parsed = JSON.parse(storage.getItem(DRAFT_KEY) ?? "null") as Partial<SavedDraft> | null;
    if (!parsed || typeof parsed.connection !== "object" || !Array.isArray(parsed.instances)) {
      return undefined;
    }
    // Fields added since the draft was saved take their defaults; unreadable instances are dropped.
    const instances = parsed.instances.filter(isDraftInstance);
    const connection = { ...initialConnection(), ...parsed.connection };
    const inputs = Array.isArray(connection.inputs)
      ? identifyInputs(connection.inputs)
      : initialConnection().inputs;
    return { connection: { ...connection, inputs }, instances };
  } catch {
    return undefined;
  }
}

/**
 * Restores the draft, then saves on every change and drops the files no instance uses, from memory
 * and from storage; returns a stop function.
 */
export async function startDraftPersistence(search = ""): Promise<() => void> {
  // Subscribe right after the synchronous part of the restore, so edits made while file bytes load are saved.
  const restoring = restoreDraft(search);
  const unsubscribers = [
    useConnectionStore.subscribe(() => saveDraft()),
    useInstancesStore.subscribe((state, previous) => {
      saveDraft();
      const kept = collectFileIds(state.instances);
      // Replacing an instance's file drops a reference just as removing the instance does.
      if ([...collectFileIds(previous.instances)].some((id) => !kept.has(id))) {
        // Memory is freed once storage is pruned, by the same rule: kept are referenced or pending ids.
        pruneFileBytes(readKeptFileIds)
          .catch(() => undefined)
          .finally(() => useFilesStore.getState().forgetAllBut(readKeptFileIds()));
      }
    }),
  ];
  await restoring;
  return () => unsubscribers.forEach((stop) => stop());
}
