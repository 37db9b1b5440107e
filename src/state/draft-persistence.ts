/**
 * Keeps the whole draft across reloads and errors: the connection, the instances on screen and
 * every method's kept draft as small JSON in localStorage; large tensor values (`packInstances`)
 * and file bytes in IndexedDB. Writes wait for a pause in editing, so typing in a large grid never
 * waits on a save; a refused write is reported and the draft in memory stays as it is.
 */
import {
  type ConnectionDraft,
  type DeclaredInput,
  identifyInputs,
  initialConnection,
  type MetadataEntry,
} from "../draft/connection-draft";
import { readGatewayParam } from "../draft/default-gateway-url";
import { pruneFileBytes } from "../draft/file-storage";
import { isDraftInstance } from "../draft/is-draft-instance";
import { methodKey } from "../draft/method-key";
import {
  listStoredIds,
  markStored,
  packInstances,
  type StoredValue,
  unpackInstances,
} from "../draft/pack-large-values";
import {
  loadTensorValues,
  pruneTensorValues,
  storeTensorValues,
} from "../draft/tensor-value-storage";
import { useConnectionStore } from "./connection-store";
import { isQuotaError, type SaveFailure, useDraftStorageStore } from "./draft-storage-store";
import { isStoringFiles, useFilesStore, whenFilesStored } from "./files-store";
import { compareGateways, isMetadataWithheld, useGatewayCheckStore } from "./gateway-check-store";
import { useInstancesStore } from "./instances-store";
import { type MethodDraft, useMethodDraftsStore } from "./method-drafts-store";
import { useUndoStore } from "./undo-store";
import type { DraftInstance } from "../draft/draft-value";

/** The localStorage key of the draft; the suffix changes when the saved shape does. */
export const DRAFT_KEY = "serving-console:draft:v1";

/** How long editing must pause before the draft is written (ms). */
export const SAVE_DELAY_MS = 300;

// The data fields of the connection (its actions are not saved); read once, as saves run often.
const CONNECTION_FIELDS = Object.keys(initialConnection()) as (keyof ConnectionDraft)[];

interface SavedDraft {
  connection: ConnectionDraft;
  instances: DraftInstance[];
  /** The kept drafts of the methods not on screen, by `methodKey`. */
  methods?: Record<string, MethodDraft>;
}

/** Returns the ids of every file the instances reference. */
export function collectFileIds(instances: readonly DraftInstance[]): Set<string> {
  const ids = new Set<string>();
  addFileIds(instances, ids);
  return ids;
}

function addFileIds(instances: readonly DraftInstance[], ids: Set<string>): void {
  for (const inst of instances) {
    for (const value of Object.values(inst.values)) {
      if ((value.kind === "image" || value.kind === "bytes") && value.file) {
        ids.add(value.file.id);
      }
    }
  }
}

/** Returns the ids of every file a draft in memory references: on screen, kept per method, or in an undo step. */
export function collectAllFileIds(): Set<string> {
  const ids = collectFileIds(useInstancesStore.getState().instances);
  for (const draft of Object.values(useMethodDraftsStore.getState().drafts)) {
    addFileIds(draft.instances, ids);
  }
  for (const step of useUndoStore.getState().steps) {
    addFileIds(step.kind === "instance-removed" ? [step.instance] : step.previous.instances, ids);
    if (step.kind !== "instance-removed" && step.replaced) {
      addFileIds(step.replaced.draft.instances, ids);
    }
  }
  return ids;
}

// Large values being written; a save while one is under way queues behind it, so the JSON never
// names a value before it is stored. A save also waits for file bytes being written (a restored
// run's photos): until they are stored, the saved draft stays the one before.
let writing: Promise<unknown> = Promise.resolve();
let inFlight = 0;
// The stored values the last written JSON names: the rest can be deleted.
let referenced = new Set<string>();

function report(failure: SaveFailure | undefined): void {
  if (useDraftStorageStore.getState().failure !== failure) {
    useDraftStorageStore.setState({ failure });
  }
}

function writeJson(storage: Storage, json: string, ids: Set<string>): boolean {
  try {
    storage.setItem(DRAFT_KEY, json);
  } catch (error) {
    report(isQuotaError(error) ? "quota" : "unavailable");
    return false;
  }
  referenced = ids;
  report(undefined);
  return true;
}

/**
 * Writes the current draft; resolves with false when storage refused it (reported in
 * `useDraftStorageStore`; the draft in memory is kept). When no large value is new and no file
 * bytes are being stored, localStorage is written before this returns. Only metadata headers marked to remember are written, and an
 * unconfirmed gateway from the page link is not: the saved gateway stays.
 */
export function saveDraft(storage: Storage = localStorage): Promise<boolean> {
  const { instances } = useInstancesStore.getState();
  const state = useConnectionStore.getState();
  const check = useGatewayCheckStore.getState();
  const connection = {
    ...(Object.fromEntries(
      CONNECTION_FIELDS.map((k) => [k, state[k]]),
    ) as unknown as ConnectionDraft),
    metadata: state.metadata.filter((m) => m.remember === true),
    gatewayUrl:
      check.saved !== undefined && isMetadataWithheld(check, state.gatewayUrl)
        ? check.saved
        : state.gatewayUrl,
  };
  const current = packInstances(instances);
  const writes = [...current.writes];
  const ids = new Set(current.ids);
  const methods: Record<string, MethodDraft> = {};
  for (const [key, draft] of Object.entries(useMethodDraftsStore.getState().drafts)) {
    const packed = packInstances(draft.instances);
    writes.push(...packed.writes);
    packed.ids.forEach((id) => ids.add(id));
    methods[key] = { ...draft, instances: packed.instances };
  }
  const json = JSON.stringify({
    connection,
    instances: current.instances,
    methods,
  } satisfies SavedDraft);
  if (writes.length === 0 && inFlight === 0 && !isStoringFiles()) {
    return Promise.resolve(writeJson(storage, json, ids));
  }
  inFlight++;
  const run = writing.then(async () => {
    await whenFilesStored();
    try {
      if (writes.length > 0) {
        await storeTensorValues(writes);
      }
    } catch (error) {
      markStored(
        writes.map(([id]) => id),
        false,
      );
      report(isQuotaError(error) ? "quota" : "unavailable");
      return false;
    }
    return writeJson(storage, json, ids) && (await pruneValues());
  });
  writing = run.finally(() => inFlight--);
  return run;
}

// Deletes stored values no saved JSON names; a failed delete only leaves garbage for next time.
async function pruneValues(): Promise<true> {
  try {
    markStored(await pruneTensorValues(() => referenced), false);
  } catch {
    // Kept for the next successful prune.
  }
  return true;
}

/**
 * Puts the saved draft into the stores, then loads the referenced file bytes. Without large
 * tensor values, the connection and instances are in the stores when this returns; large values
 * are read from IndexedDB first. A `?gateway=` in the page URL wins over the saved gateway; when
 * it names another one, the gateway check holds the saved metadata back until the user chooses.
 * An unreadable saved draft is skipped with a notice. Returns whether a draft was found.
 */
export async function loadSavedDraft(
  search = "",
  storage: Storage = localStorage,
): Promise<boolean> {
  if (inFlight > 0) {
    await writing.catch(() => undefined);
  }
  const saved = readSaved(storage);
  const gateway = readGatewayParam(search);
  useGatewayCheckStore.setState(compareGateways(gateway, saved?.connection.gatewayUrl));
  if (saved) {
    useConnectionStore.setState({
      ...saved.connection,
      ...(gateway ? { gatewayUrl: gateway } : {}),
    });
    const methods = Object.values(saved.methods);
    const storedIds = [saved.instances, ...methods.map((m) => m.instances)].flatMap(listStoredIds);
    let values = new Map<string, StoredValue>();
    if (storedIds.length > 0) {
      values = await readValues(storedIds);
    }
    let lost = 0;
    const unpack = (instances: DraftInstance[]) => {
      const result = unpackInstances(instances, values);
      lost += result.lost;
      return result.instances;
    };
    useInstancesStore.setState({ instances: unpack(saved.instances) });
    useMethodDraftsStore.setState({
      drafts: Object.fromEntries(
        Object.entries(saved.methods).map(([key, m]) => [
          key,
          { ...m, instances: unpack(m.instances) },
        ]),
      ),
    });
    const c = useConnectionStore.getState();
    useMethodDraftsStore
      .getState()
      .arrive(
        methodKey(c.servable, c.method),
        c.inputs,
        useInstancesStore.getState().instances,
        true,
      );
    if (lost > 0) {
      useDraftStorageStore.setState({ lostValues: lost });
    }
  }
  await useFilesStore.getState().restore([...collectAllFileIds()]);
  return saved !== undefined;
}

async function readValues(ids: string[]): Promise<Map<string, StoredValue>> {
  try {
    const read = await loadTensorValues(ids);
    return new Map(ids.flatMap((id, i) => (read[i] === undefined ? [] : [[id, read[i]]])));
  } catch {
    return new Map();
  }
}

// Read when the cleanup has listed the stored ids, not when it starts: a file stored meanwhile is
// either still pending or already referenced by then.
function readKeptFileIds(): Set<string> {
  const kept = collectAllFileIds();
  useFilesStore.getState().pending.forEach((id) => kept.add(id));
  return kept;
}

function readSaved(
  storage: Storage,
): (SavedDraft & { methods: Record<string, MethodDraft> }) | undefined {
  let raw: string | null;
  try {
    raw = storage.getItem(DRAFT_KEY);
  } catch {
    return undefined;
  }
  if (raw === null) {
    return undefined;
  }
  try {
    const parsed = JSON.parse(raw) as Partial<SavedDraft> | null;
    if (!parsed || typeof parsed.connection !== "object" || !Array.isArray(parsed.instances)) {
      throw new Error("not a draft");
    }
    // Fields added since the draft was saved take their defaults; unreadable instances are dropped.
    const instances = parsed.instances.filter(isDraftInstance);
    const connection = { ...initialConnection(), ...parsed.connection };
    const inputs = readInputs(connection.inputs) ?? initialConnection().inputs;
    // Drafts saved before headers could be remembered hold every value; only marked ones come back.
    const metadata = Array.isArray(connection.metadata)
      ? connection.metadata.filter(isRememberedHeader)
      : [];
    return {
      connection: { ...connection, inputs, metadata },
      instances,
      methods: readMethods(parsed.methods),
    };
  } catch {
    useDraftStorageStore.setState({ corrupt: true });
    return undefined;
  }
}

function readInputs(inputs: unknown): DeclaredInput[] | undefined {
  return Array.isArray(inputs) &&
    inputs.every((i) => typeof i === "object" && i !== null && typeof i.name === "string")
    ? identifyInputs(inputs as DeclaredInput[])
    : undefined;
}

// A kept draft that cannot be read is left out; the others still load.
function readMethods(methods: unknown): Record<string, MethodDraft> {
  if (typeof methods !== "object" || methods === null) {
    return {};
  }
  const result: Record<string, MethodDraft> = {};
  for (const [key, value] of Object.entries(methods as Record<string, unknown>)) {
    if (typeof value !== "object" || value === null) {
      continue;
    }
    const { inputs, presetId, instances, usedAt } = value as Partial<MethodDraft>;
    const declared = readInputs(inputs);
    if (declared && typeof presetId === "string" && Array.isArray(instances)) {
      result[key] = {
        inputs: declared,
        presetId,
        instances: instances.filter(isDraftInstance),
        usedAt: typeof usedAt === "number" ? usedAt : 0,
      };
    }
  }
  return result;
}

function isRememberedHeader(entry: unknown): entry is MetadataEntry {
  if (typeof entry !== "object" || entry === null) {
    return false;
  }
  const { id, key, value, remember } = entry as Record<string, unknown>;
  return (
    typeof id === "string" &&
    typeof key === "string" &&
    typeof value === "string" &&
    remember === true
  );
}

/**
 * Loads the saved draft, then saves after each pause in editing (and at once when the page is
 * hidden), and drops the files no draft uses, from memory and from storage; returns a stop
 * function.
 */
export async function startDraftPersistence(search = ""): Promise<() => void> {
  // Subscribe right after the synchronous part of the load; saving waits until it is complete,
  // so a half-loaded draft never overwrites the saved one.
  const loading = loadSavedDraft(search);
  let ready = false;
  let missed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (timer !== undefined && ready) {
      clearTimeout(timer);
      timer = undefined;
      void saveDraft();
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (ready) {
        void saveDraft();
      } else {
        missed = true;
      }
    }, SAVE_DELAY_MS);
  };
  const onHide = () => {
    if (document.visibilityState === "hidden") {
      flush();
    }
  };
  const unsubscribers = [
    useConnectionStore.subscribe(schedule),
    useGatewayCheckStore.subscribe(schedule),
    useMethodDraftsStore.subscribe((state, previous) => {
      if (state.drafts !== previous.drafts) {
        schedule();
      }
    }),
    useInstancesStore.subscribe((state, previous) => {
      if (state.instances === previous.instances) {
        return;
      }
      schedule();
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
  addEventListener("pagehide", flush);
  document.addEventListener("visibilitychange", onHide);
  try {
    await loading;
  } finally {
    ready = true;
    if (missed) {
      void saveDraft();
    }
  }
  return () => {
    unsubscribers.forEach((stop) => stop());
    clearTimeout(timer);
    removeEventListener("pagehide", flush);
    document.removeEventListener("visibilitychange", onHide);
  };
}
