/** Reads the load-test fields as typed, refusing impossible values field by field. */
import { LOAD_LIMITS } from "./load-limits";

/** The fields as the user typed them. */
export interface LoadSettingsText {
  readonly concurrency: string;
  readonly instancesPerRequest: string;
  readonly durationSeconds: string;
  readonly warmupSeconds: string;
}

/** Valid settings: every concurrency is run with every instance count. */
export interface LoadSettings {
  readonly concurrency: readonly number[];
  readonly instancesPerRequest: readonly number[];
  readonly durationSeconds: number;
  readonly warmupSeconds: number;
}

/** One refused field: a message key of namespace `load-test` and its values. */
export interface LoadFieldProblem {
  readonly field: keyof LoadSettingsText;
  readonly key: string;
  readonly values: Readonly<Record<string, string | number>>;
}

function parseList(
  field: "concurrency" | "instancesPerRequest",
  text: string,
  max: number,
): number[] | LoadFieldProblem {
  const parts = text
    .split(/[\s,;]+/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
  if (parts.length === 0) {
    return { field, key: "problems.listEmpty", values: {} };
  }
  if (parts.length > LOAD_LIMITS.maxListLength) {
    return { field, key: "problems.listTooLong", values: { max: LOAD_LIMITS.maxListLength } };
  }
  const numbers: number[] = [];
  for (const part of parts) {
    if (!/^[+-]?\d+$/.test(part)) {
      return { field, key: "problems.notWholeNumber", values: { value: part } };
    }
    const value = Number(part);
    if (value < 1) {
      return { field, key: "problems.belowOne", values: { value: part } };
    }
    if (value > max) {
      return { field, key: "problems.aboveMax", values: { value: part, max } };
    }
    if (!numbers.includes(value)) {
      numbers.push(value);
    }
  }
  return numbers;
}

function parseSeconds(
  field: "durationSeconds" | "warmupSeconds",
  text: string,
  allowZero: boolean,
): number | LoadFieldProblem {
  const trimmed = text.trim();
  const value = Number(trimmed);
  if (trimmed === "" || !Number.isFinite(value)) {
    return { field, key: "problems.notNumber", values: { value: trimmed } };
  }
  if (allowZero ? value < 0 : value <= 0) {
    return {
      field,
      key: allowZero ? "problems.negative" : "problems.notPositive",
      values: { value: trimmed },
    };
  }
  if (value > LOAD_LIMITS.maxTotalSeconds) {
    return {
      field,
      key: "problems.aboveMax",
      values: { value: trimmed, max: LOAD_LIMITS.maxTotalSeconds },
    };
  }
  return value;
}

const isProblem = (v: unknown): v is LoadFieldProblem =>
  typeof v === "object" && v !== null && "key" in v;

/**
 * Returns the settings, or the problems of each refused field: lists of whole numbers (concurrency
 * 1–64, instances 1–1024), a duration above 0 and a warm-up of 0 or more, with the whole sweep
 * (cells × (warm-up + duration)) within 10 minutes.
 */
export function parseLoadSettings(
  text: LoadSettingsText,
): { settings: LoadSettings } | { problems: LoadFieldProblem[] } {
  const concurrency = parseList("concurrency", text.concurrency, LOAD_LIMITS.maxInFlight);
  const instancesPerRequest = parseList(
    "instancesPerRequest",
    text.instancesPerRequest,
    LOAD_LIMITS.maxInstancesPerRequest,
  );
  const durationSeconds = parseSeconds("durationSeconds", text.durationSeconds, false);
  const warmupSeconds = parseSeconds("warmupSeconds", text.warmupSeconds, true);
  const problems = [concurrency, instancesPerRequest, durationSeconds, warmupSeconds].filter(
    isProblem,
  );
  if (
    isProblem(concurrency) ||
    isProblem(instancesPerRequest) ||
    isProblem(durationSeconds) ||
    isProblem(warmupSeconds)
  ) {
    return { problems };
  }
  const total = concurrency.length * instancesPerRequest.length * (durationSeconds + warmupSeconds);
  if (total > LOAD_LIMITS.maxTotalSeconds) {
    return {
      problems: [
        {
          field: "durationSeconds",
          key: "problems.totalTooLong",
          values: { seconds: Math.ceil(total), max: LOAD_LIMITS.maxTotalSeconds },
        },
      ],
    };
  }
  return { settings: { concurrency, instancesPerRequest, durationSeconds, warmupSeconds } };
}
