/**
 * Reads a Serving RESTful reply (master/restful) into the same result the gRPC path gives:
 * `{"error_msg": text}` is a whole-request error; `{"instances": [...]}` has one item per instance
 * sent, each either `{"error_msg": text}` or its outputs by name.
 */
import { isLosslessNumber, parse } from "lossless-json";
import { decodeRestValue } from "../../protocol/decode-rest-value";
import { describeError } from "../../shared/describe-value";
import { classifyServingError } from "./classify-failure";
import type { InferResult, InstanceResult, OutputValue, RequestFailure } from "./types";

/** A parsed REST reply: the result, and the JSON as read (numbers kept as their literals). */
export interface RestReply {
  result: InferResult;
  /** The reply JSON (lossless numbers), or undefined when it is not JSON. */
  json: unknown;
}

/** Returns the result of a REST reply body to `sentCount` instances; never throws. */
export function parseRestReply(body: string, sentCount: number): RestReply {
  let json: unknown;
  try {
    json = parse(body);
  } catch (error) {
    return { result: protocolError(`the REST reply is not JSON (${describeError(error)})`), json };
  }
  return { result: readReply(json, sentCount), json };
}

function readReply(json: unknown, sentCount: number): InferResult {
  if (!isObject(json)) {
    return protocolError("the REST reply is not a JSON object");
  }
  const { error_msg: errorMsg, instances } = json;
  if (instances === undefined && typeof errorMsg === "string") {
    const error = errorText(errorMsg);
    return { ok: false, cause: classifyServingError(error), error };
  }
  if (!Array.isArray(instances)) {
    return protocolError('the REST reply has neither "instances" nor "error_msg"');
  }
  if (instances.length !== sentCount) {
    return protocolError(`the REST reply has ${instances.length} instances for ${sentCount} sent`);
  }
  const results: InstanceResult[] = [];
  for (const [index, item] of instances.entries()) {
    if (!isObject(item)) {
      return protocolError(`instance ${index} of the REST reply is not a JSON object`);
    }
    if (typeof item.error_msg === "string") {
      results.push({ error: errorText(item.error_msg) });
      continue;
    }
    const outputs: Record<string, OutputValue> = {};
    for (const [name, value] of Object.entries(item)) {
      outputs[name] = decodeRestValue(value);
    }
    results.push({ outputs });
  }
  return { ok: true, instances: results };
}

function isObject(value: unknown): value is Record<string, unknown> {
  // lossless-json reads every number as an object too.
  return (
    typeof value === "object" && value !== null && !Array.isArray(value) && !isLosslessNumber(value)
  );
}

function errorText(text: string): string {
  return text === "" ? "Serving error without a message" : text;
}

function protocolError(what: string): RequestFailure {
  return { ok: false, cause: "protocol-error", error: `Protocol error: ${what}` };
}
