/**
 * Checks records read from IndexedDB before they are used: a record written by another format,
 * or damaged, is refused with the reason, so the others still load.
 */
import { HISTORY_FORMAT, type RunBody, type RunSummary } from "./history-types";

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0;
}

/** Returns why a stored summary cannot be used, or undefined when it can. */
export function checkSummary(value: unknown): string | undefined {
  if (!isObject(value)) {
    return "not a record";
  }
  if (value.format !== HISTORY_FORMAT) {
    return `format ${String(value.format)}; this console reads format ${HISTORY_FORMAT}`;
  }
  for (const key of ["id", "servable", "method", "version", "transport", "outcome"]) {
    if (typeof value[key] !== "string") {
      return `${key} is not text`;
    }
  }
  for (const key of ["instanceCount", "elapsedMs", "startedAt", "finishedAt", "bodyBytes"]) {
    if (!isCount(value[key])) {
      return `${key} is not a number`;
    }
  }
  if (typeof value.pinned !== "boolean") {
    return "pinned is not true or false";
  }
  if (value.pinName !== undefined && typeof value.pinName !== "string") {
    return "pinName is not text";
  }
  const files = value.files;
  if (
    !Array.isArray(files) ||
    !files.every((f) => isObject(f) && typeof f.hash === "string" && isCount(f.size))
  ) {
    return "files is not a list of stored files";
  }
  return undefined;
}

/** Narrows a stored summary that `checkSummary` accepts. */
export function isSummary(value: unknown): value is RunSummary {
  return checkSummary(value) === undefined;
}

/** Returns why a stored body cannot be used, or undefined when it can. */
export function checkBody(value: unknown): string | undefined {
  if (!isObject(value)) {
    return "not a record";
  }
  if (value.format !== HISTORY_FORMAT) {
    return `format ${String(value.format)}; this console reads format ${HISTORY_FORMAT}`;
  }
  if (typeof value.id !== "string") {
    return "id is not text";
  }
  const connection = value.connection;
  if (!isObject(connection) || !Array.isArray(connection.inputs)) {
    return "connection is not a connection";
  }
  if (!Array.isArray(value.instances) || !value.instances.every(isObject)) {
    return "instances is not a list";
  }
  if (!isObject(value.fileHashes)) {
    return "fileHashes is not a map";
  }
  return checkExchange(value.exchange);
}

/** Returns why a stored exchange (a run's reply) cannot be used, or undefined when it can. */
export function checkExchange(exchange: unknown): string | undefined {
  if (!isObject(exchange) || !isObject(exchange.result)) {
    return "exchange has no result";
  }
  const result = exchange.result;
  if (result.ok === true) {
    if (!Array.isArray(result.instances) || !result.instances.every(isObject)) {
      return "exchange results are not a list";
    }
  } else if (typeof result.error !== "string" || typeof result.cause !== "string") {
    return "exchange failure has no cause";
  }
  return undefined;
}

/** Narrows a stored body that `checkBody` accepts. */
export function isBody(value: unknown): value is RunBody {
  return checkBody(value) === undefined;
}
