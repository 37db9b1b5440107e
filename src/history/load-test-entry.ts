/**
 * A load test kept in the run history: its record (settings, target, the measured table) and
 * when it was kept. Entries read from IndexedDB or an archive are checked before use; one that
 * does not check out is skipped with the reason.
 */
import type { LoadTestRecord } from "../load-test/load-test-record";

/** The layout of a kept load test this console writes and reads. */
export const LOAD_TEST_ENTRY_FORMAT = 1;

/** The most cells a kept load test may hold (16 concurrencies × 16 instance counts). */
export const MAX_LOAD_TEST_CELLS = 256;

/** A load test as the history keeps it. */
export interface LoadTestEntry {
  format: typeof LOAD_TEST_ENTRY_FORMAT;
  kind: "load-test";
  id: string;
  /** Epoch milliseconds the test started (the list orders by it). */
  startedAt: number;
  record: LoadTestRecord;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0;
}

function isCountOrNull(value: unknown): boolean {
  return value === null || isCount(value);
}

function checkCell(cell: unknown, n: number): string | undefined {
  if (!isObject(cell)) {
    return `cell ${n} is not a record`;
  }
  for (const key of [
    "concurrency",
    "instancesPerRequest",
    "completedRequests",
    "failedRequests",
    "instancesPerSecond",
    "requestsPerSecond",
    "measuredSeconds",
  ]) {
    if (!isCount(cell[key])) {
      return `cell ${n}: ${key} is not a number`;
    }
  }
  for (const key of ["p50Ms", "p95Ms", "p99Ms", "meanMs", "maxMs"]) {
    if (!isCountOrNull(cell[key])) {
      return `cell ${n}: ${key} is not a number`;
    }
  }
  if (!isObject(cell.errors) || !Object.values(cell.errors).every(isCount)) {
    return `cell ${n}: errors is not a count per status`;
  }
  if (typeof cell.complete !== "boolean") {
    return `cell ${n}: complete is not true or false`;
  }
  return undefined;
}

/** Returns why a load-test record cannot be used, or undefined when it can. */
export function checkLoadTestRecord(value: unknown): string | undefined {
  if (!isObject(value) || value.format !== "serving-console-load-test") {
    return "not a load test record";
  }
  if (value.version !== 1) {
    return `load test version ${String(value.version)}; this console reads version 1`;
  }
  if (typeof value.startedAt !== "string" || Number.isNaN(Date.parse(value.startedAt))) {
    return "startedAt is not a time";
  }
  const target = value.target;
  if (
    !isObject(target) ||
    !["gatewayUrl", "servable", "method", "version", "transport"].every(
      (key) => typeof target[key] === "string",
    )
  ) {
    return "target is not a call target";
  }
  const settings = value.settings;
  if (
    !isObject(settings) ||
    !Array.isArray(settings.concurrency) ||
    !settings.concurrency.every(isCount) ||
    !Array.isArray(settings.instancesPerRequest) ||
    !settings.instancesPerRequest.every(isCount) ||
    !isCount(settings.durationSeconds) ||
    !isCount(settings.warmupSeconds)
  ) {
    return "settings are not load test settings";
  }
  if (!Array.isArray(value.cells)) {
    return "cells is not a list";
  }
  if (value.cells.length > MAX_LOAD_TEST_CELLS) {
    return `it has more than ${MAX_LOAD_TEST_CELLS} cells`;
  }
  for (const [n, cell] of value.cells.entries()) {
    const problem = checkCell(cell, n);
    if (problem !== undefined) {
      return problem;
    }
  }
  const stop = value.stopReason;
  if (stop !== null && (!isObject(stop) || typeof stop.kind !== "string")) {
    return "stopReason is not a reason";
  }
  return undefined;
}

/** Returns why a stored entry cannot be used, or undefined when it can. */
export function checkLoadTestEntry(value: unknown): string | undefined {
  if (!isObject(value)) {
    return "not a record";
  }
  if (value.format !== LOAD_TEST_ENTRY_FORMAT || value.kind !== "load-test") {
    return `format ${String(value.format)}; this console reads format ${LOAD_TEST_ENTRY_FORMAT}`;
  }
  if (typeof value.id !== "string" || value.id === "") {
    return "id is not text";
  }
  if (!isCount(value.startedAt)) {
    return "startedAt is not a number";
  }
  return checkLoadTestRecord(value.record);
}

/** Narrows a stored entry that `checkLoadTestEntry` accepts. */
export function isLoadTestEntry(value: unknown): value is LoadTestEntry {
  return checkLoadTestEntry(value) === undefined;
}

/** Returns the entry keeping `record`; throws an Error naming what is wrong with the record. */
export function buildLoadTestEntry(record: LoadTestRecord, id: string): LoadTestEntry {
  const problem = checkLoadTestRecord(record);
  if (problem !== undefined) {
    throw new Error(`the load test cannot be kept: ${problem}`);
  }
  return {
    format: LOAD_TEST_ENTRY_FORMAT,
    kind: "load-test",
    id,
    startedAt: Date.parse(record.startedAt),
    // A deep copy through JSON: the record holds JSON types only.
    record: JSON.parse(JSON.stringify(record)) as LoadTestRecord,
  };
}
