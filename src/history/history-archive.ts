/**
 * History runs in a console archive (the draft archive's zip: manifest.json plus `.npy` and file
 * members): each run's draft as sent under `runs/<n>/instance-<i>/`, its numeric outputs as
 * `.npy` under `runs/<n>/result-<i>/`, files once under `files/`. The manifest's `draft` is the
 * newest exported run's draft, so the same file also imports as a draft. Kept load tests are
 * listed in the manifest's `loadTests` (archives without it hold none).
 */
import { strFromU8, strToU8, zipSync, type Zippable } from "fflate";
import { describeError } from "../../shared/describe-value";
import { INPUT_KINDS, type DraftInstance } from "../draft/draft-value";
import { pickDraftTarget } from "../draft/pick-draft-target";
import {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  type ArchivedConnection,
  type ArchivedInstance,
  MANIFEST_PATH,
} from "../tensor-files/archive/archive-manifest";
import { safeFileName } from "../tensor-files/archive/archive-paths";
import { readValue, unpack } from "../tensor-files/archive/read-draft-archive";
import { archiveValue, type DraftSnapshot } from "../tensor-files/archive/write-draft-archive";
import { readNpy } from "../tensor-files/read-npy";
import { summarizeRun } from "./build-run-record";
import { hashBytes } from "./hash-bytes";
import {
  HISTORY_FORMAT,
  type RunBody,
  type RunConnection,
  type RunRecord,
  type StoredExchange,
  type StoredInstanceResult,
  type StoredOutput,
} from "./history-types";
import { checkLoadTestEntry, type LoadTestEntry } from "./load-test-entry";
import { collectRunFiles } from "./run-files";
import type { FailureCause, RequestFailure } from "../serving/types";

type Json = Record<string, unknown>;

/** An output in the manifest: numeric values and bytes by member path, text inline. */
type ArchivedOutput =
  | { kind: "tensor" | "scalar"; npy: string }
  | { kind: "bytes"; shape: number[]; path: string }
  | { kind: "bytes-list"; shape: number[]; paths: string[] }
  | Extract<StoredOutput, { kind: "string" | "strings" | "invalid" }>;

/** One run in the manifest's `runs` list. */
export interface ArchivedRun {
  id: string;
  startedAt: number;
  finishedAt: number;
  pinned: boolean;
  pinName?: string;
  connection: ArchivedConnection & { gatewayUrl: string; metadataNames: string[] };
  instances: ArchivedInstance[];
  exchange: Omit<StoredExchange, "result"> & {
    result:
      | Extract<StoredExchange["result"], { ok: false }>
      | {
          ok: true;
          instances: ({ error: string } | { outputs: Record<string, ArchivedOutput> })[];
        };
  };
}

/** The most runs read from one archive. */
export const MAX_ARCHIVED_RUNS = 10_000;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function fail(message: string): never {
  throw new Error(message);
}

function draftConnection(connection: RunConnection): ArchivedConnection {
  return pickDraftTarget(connection);
}

function archiveInstances(
  record: RunRecord,
  folder: string,
  members: Zippable,
): ArchivedInstance[] {
  const { body } = record;
  const snapshot: DraftSnapshot = {
    connection: draftConnection(body.connection),
    instances: body.instances,
    files: collectRunFiles(record),
  };
  return body.instances.map((instance, i) => ({
    id: instance.id,
    values: Object.fromEntries(
      Object.entries(instance.values).map(([name, value], k) => [
        name,
        archiveValue(value, `${folder}/instance-${i}`, k, name, snapshot, members),
      ]),
    ),
  }));
}

function archiveOutput(output: StoredOutput, base: string, members: Zippable): ArchivedOutput {
  switch (output.kind) {
    case "tensor":
    case "scalar":
      members[`${base}.npy`] = [output.npy, { level: 0 }];
      return { kind: output.kind, npy: `${base}.npy` };
    case "bytes":
      members[`${base}.bin`] = [output.value, { level: 0 }];
      return { kind: "bytes", shape: output.shape, path: `${base}.bin` };
    case "bytes-list": {
      const paths = output.values.map((bytes, k) => {
        members[`${base}-${k}.bin`] = [bytes, { level: 0 }];
        return `${base}-${k}.bin`;
      });
      return { kind: "bytes-list", shape: output.shape, paths };
    }
    case "string":
    case "strings":
    case "invalid":
      return output;
  }
}

function archiveRun(record: RunRecord, n: number, members: Zippable): ArchivedRun {
  const { summary, body } = record;
  const { result, ...exchange } = body.exchange;
  return {
    id: summary.id,
    startedAt: summary.startedAt,
    finishedAt: summary.finishedAt,
    pinned: summary.pinned,
    ...(summary.pinName ? { pinName: summary.pinName } : {}),
    connection: {
      ...draftConnection(body.connection),
      gatewayUrl: body.connection.gatewayUrl,
      metadataNames: body.connection.metadataNames,
    },
    instances: archiveInstances(record, `runs/${n}`, members),
    exchange: {
      ...exchange,
      result: result.ok
        ? {
            ok: true,
            instances: result.instances.map((r, i) =>
              "error" in r
                ? { error: r.error }
                : {
                    outputs: Object.fromEntries(
                      Object.entries(r.outputs).map(([name, output], k) => [
                        name,
                        archiveOutput(
                          output,
                          `runs/${n}/result-${i}/${safeFileName(name, `output-${k}`)}`,
                          members,
                        ),
                      ]),
                    ),
                  },
            ),
          }
        : result,
    },
  };
}

/** Returns the zip bytes of an archive holding the runs (newest first, as listed) and load tests. */
export function writeHistoryArchive(
  records: readonly RunRecord[],
  createdAt = new Date(),
  loadTests: readonly LoadTestEntry[] = [],
): Uint8Array {
  const members: Zippable = {};
  const newest = records[0];
  const runs = records.map((record, n) => archiveRun(record, n, members));
  const manifest = {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    createdAt: createdAt.toISOString(),
    draft: newest
      ? {
          connection: draftConnection(newest.body.connection),
          instances: archiveInstances(newest, "draft", members),
        }
      : undefined,
    runs,
    ...(loadTests.length > 0 ? { loadTests } : {}),
  };
  members[MANIFEST_PATH] = strToU8(JSON.stringify(manifest, null, 2));
  return zipSync(members);
}

function member(members: Record<string, Uint8Array>, path: unknown, where: string): Uint8Array {
  if (typeof path !== "string") {
    return fail(`${where} names no file`);
  }
  return members[path] ?? fail(`${where}: ${path} is missing`);
}

function readOutput(
  value: unknown,
  where: string,
  members: Record<string, Uint8Array>,
): StoredOutput {
  if (!isObject(value) || typeof value.kind !== "string") {
    return fail(`${where} is not an output`);
  }
  const shape = value.shape;
  const isShape = Array.isArray(shape) && shape.every((d) => Number.isSafeInteger(d) && d >= 0);
  switch (value.kind) {
    case "tensor":
    case "scalar": {
      const npy = member(members, value.npy, where);
      try {
        readNpy(npy);
      } catch (error) {
        return fail(`${where}: ${describeError(error)}`);
      }
      return { kind: value.kind, npy };
    }
    case "bytes":
      return isShape
        ? { kind: "bytes", shape: shape as number[], value: member(members, value.path, where) }
        : fail(`${where}: shape is not a shape`);
    case "bytes-list":
      return isShape && Array.isArray(value.paths)
        ? {
            kind: "bytes-list",
            shape: shape as number[],
            values: value.paths.map((p) => member(members, p, where)),
          }
        : fail(`${where}: not a list of bytes`);
    case "string":
      return isShape && typeof value.value === "string"
        ? { kind: "string", shape: shape as number[], value: value.value }
        : fail(`${where}: not a string`);
    case "strings":
      return isShape &&
        Array.isArray(value.values) &&
        value.values.every((v) => typeof v === "string")
        ? { kind: "strings", shape: shape as number[], values: value.values as string[] }
        : fail(`${where}: not a list of strings`);
    case "invalid":
      return isShape && typeof value.dtype === "string" && typeof value.error === "string"
        ? { kind: "invalid", shape: shape as number[], dtype: value.dtype, error: value.error }
        : fail(`${where}: not an unreadable-output note`);
    default:
      return fail(`${where}: kind ${value.kind} is not known`);
  }
}

function readResult(
  value: unknown,
  where: string,
  members: Record<string, Uint8Array>,
): StoredExchange["result"] {
  if (!isObject(value)) {
    return fail(`${where} is not a result`);
  }
  if (value.ok !== true) {
    if (typeof value.error !== "string" || typeof value.cause !== "string") {
      return fail(`${where}: a failure without cause or text`);
    }
    return {
      ...(value as Partial<RequestFailure>),
      ok: false,
      cause: value.cause as FailureCause,
      error: value.error,
    };
  }
  if (!Array.isArray(value.instances)) {
    return fail(`${where}: instances is not a list`);
  }
  return {
    ok: true,
    instances: value.instances.map((r: unknown, i): StoredInstanceResult => {
      if (isObject(r) && typeof r.error === "string") {
        return { error: r.error };
      }
      if (!isObject(r) || !isObject(r.outputs)) {
        return fail(`${where}: result ${i} has neither outputs nor an error`);
      }
      return {
        outputs: Object.fromEntries(
          Object.entries(r.outputs).map(([name, o]) => [
            name,
            readOutput(o, `${where}: result ${i} output ${name}`, members),
          ]),
        ),
      };
    }),
  };
}

function readConnection(value: unknown): RunConnection {
  if (!isObject(value)) {
    return fail("it has no connection");
  }
  const text = (key: string) =>
    typeof value[key] === "string" ? value[key] : fail(`connection.${key} is not text`);
  const wire = text("wire");
  const inputs = value.inputs;
  if (
    !Array.isArray(inputs) ||
    !inputs.every(
      (d) =>
        isObject(d) &&
        typeof d.name === "string" &&
        (INPUT_KINDS as readonly unknown[]).includes(d.kind),
    )
  ) {
    return fail("connection.inputs is not a list of named inputs");
  }
  const names = value.metadataNames;
  return {
    gatewayUrl: typeof value.gatewayUrl === "string" ? value.gatewayUrl : "",
    servable: text("servable"),
    method: text("method"),
    version: text("version"),
    transport: value.transport === "rest" ? "rest" : "grpc-web",
    wire: wire === "1.2" || wire === "1.3" ? wire : "auto",
    timeoutSeconds: text("timeoutSeconds"),
    fileLimitMb:
      typeof value.fileLimitMb === "number" && value.fileLimitMb > 0 ? value.fileLimitMb : 10,
    presetId: text("presetId"),
    inputs: inputs as unknown as RunConnection["inputs"],
    metadataNames: Array.isArray(names) ? names.filter((n) => typeof n === "string") : [],
  };
}

function isTime(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0;
}

async function readRun(value: unknown, members: Record<string, Uint8Array>): Promise<RunRecord> {
  if (!isObject(value) || typeof value.id !== "string" || value.id === "") {
    return fail("it has no id");
  }
  if (!isTime(value.startedAt) || !isTime(value.finishedAt)) {
    return fail("its times are not numbers");
  }
  const connection = readConnection(value.connection);
  if (!Array.isArray(value.instances)) {
    return fail("instances is not a list");
  }
  const files: Record<string, Uint8Array> = {};
  const instances = value.instances.map((instance: unknown, i): DraftInstance => {
    if (!isObject(instance) || typeof instance.id !== "string" || !isObject(instance.values)) {
      return fail(`instance ${i} is not an instance`);
    }
    return {
      id: instance.id,
      values: Object.fromEntries(
        Object.entries(instance.values).map(([name, v]) => [
          name,
          readValue(v, `instance ${i} input ${name}`, members, files),
        ]),
      ),
    };
  });
  const exchange = value.exchange;
  if (!isObject(exchange)) {
    return fail("it has no exchange");
  }
  const count = (key: string) =>
    isTime(exchange[key]) ? exchange[key] : fail(`exchange.${key} is not a number`);
  const fileHashes: Record<string, string> = {};
  const blobs: Record<string, Uint8Array> = {};
  for (const [id, bytes] of Object.entries(files)) {
    const hash = await hashBytes(bytes);
    fileHashes[id] = hash;
    blobs[hash] = bytes;
  }
  const body: RunBody = {
    format: HISTORY_FORMAT,
    id: value.id,
    connection,
    instances,
    fileHashes,
    exchange: {
      ...(exchange.transport === "rest" || exchange.transport === "grpc-web"
        ? { transport: exchange.transport }
        : {}),
      ...(exchange.wire === "1.2" || exchange.wire === "1.3" ? { wire: exchange.wire } : {}),
      requestBytes: count("requestBytes"),
      replyBytes: count("replyBytes"),
      elapsedMs: count("elapsedMs"),
      requestJson: exchange.requestJson ?? null,
      replyJson: exchange.replyJson ?? null,
      result: readResult(exchange.result, "exchange", members),
    },
  };
  const pinned = value.pinned === true;
  const summary = summarizeRun(body, blobs, {
    startedAt: value.startedAt,
    finishedAt: value.finishedAt,
    pinned,
    ...(typeof value.pinName === "string" ? { pinName: value.pinName } : {}),
  });
  return { summary, body, blobs };
}

/** The runs an archive holds, and why any run in it was skipped. */
export interface ReadHistory {
  records: RunRecord[];
  loadTests: LoadTestEntry[];
  /** One line per unreadable run or load test: "run 3: …", "load test 0: …". */
  skipped: string[];
}

/**
 * Returns the runs of an archive. Throws an Error saying why the file is not a readable archive;
 * a run that does not check out is skipped with the reason, and the others are read.
 */
export async function readHistoryArchive(bytes: Uint8Array): Promise<ReadHistory> {
  const members = unpack(bytes);
  const manifestBytes =
    members[MANIFEST_PATH] ?? fail(`not a readable archive: it has no ${MANIFEST_PATH}`);
  let manifest: unknown;
  try {
    manifest = JSON.parse(strFromU8(manifestBytes));
  } catch {
    return fail(`not a readable archive: ${MANIFEST_PATH} is not JSON`);
  }
  if (!isObject(manifest) || manifest.format !== ARCHIVE_FORMAT) {
    return fail(`not a readable archive: ${MANIFEST_PATH} is not a ${ARCHIVE_FORMAT} manifest`);
  }
  if (manifest.version !== ARCHIVE_VERSION) {
    return fail(
      `not a readable archive: it is version ${String(manifest.version)}; this console reads version ${ARCHIVE_VERSION}`,
    );
  }
  const runs = manifest.runs;
  if (!Array.isArray(runs)) {
    return fail("not a readable archive: its runs are not a list");
  }
  if (runs.length > MAX_ARCHIVED_RUNS) {
    return fail(`not a readable archive: it holds more than ${MAX_ARCHIVED_RUNS} runs`);
  }
  const records: RunRecord[] = [];
  const skipped: string[] = [];
  for (const [n, run] of runs.entries()) {
    try {
      records.push(await readRun(run, members));
    } catch (error) {
      skipped.push(`run ${n}: ${describeError(error)}`);
    }
  }
  return { records, loadTests: readLoadTests(manifest.loadTests, skipped), skipped };
}

// Each entry is checked alone: a damaged one is skipped with its reason, the rest are read.
function readLoadTests(value: unknown, skipped: string[]): LoadTestEntry[] {
  if (value === undefined) {
    return [];
  }
  if (!Array.isArray(value)) {
    skipped.push("load tests: not a list");
    return [];
  }
  if (value.length > MAX_ARCHIVED_RUNS) {
    skipped.push(`load tests: more than ${MAX_ARCHIVED_RUNS}`);
    return [];
  }
  const entries: LoadTestEntry[] = [];
  for (const [n, entry] of value.entries()) {
    const problem = checkLoadTestEntry(entry);
    if (problem === undefined) {
      entries.push(entry as LoadTestEntry);
    } else {
      skipped.push(`load test ${n}: ${problem}`);
    }
  }
  return entries;
}
