import { ReplyJsonError, writeTensorJson } from "./tensor-to-json";
import type { InstanceOutcome, PlainReply } from "../predict";

const byUtf8 = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

/** Returns `{"error_msg": text}` as Serving's REST API writes a whole-request error. */
export function writeRestError(text: string): string {
  return `{"error_msg":${JSON.stringify(text)}}`;
}

function writeInstance(outcome: InstanceOutcome): string {
  if ("error" in outcome) {
    return writeRestError(outcome.error);
  }
  // Serving's JSON objects keep their keys sorted.
  const outputs = [...outcome.outputs].sort(([a], [b]) => byUtf8(a, b));
  if (outputs.length === 0) {
    throw new ReplyJsonError("reply instance items is empty");
  }
  const items = outputs.map(
    ([name, tensor]) => `${JSON.stringify(name)}:${writeTensorJson(tensor)}`,
  );
  return `{${items.join(",")}}`;
}

/**
 * Returns the JSON body of a REST reply: `{"error_msg": ...}` for a whole-request error, else
 * `{"instances": [...]}` with each instance's outputs or its own `{"error_msg": ...}`.
 * Throws when an output cannot be written (the caller answers "Failed to construct the response: ...").
 */
export function writeRestReply(reply: PlainReply): string {
  if ("error" in reply) {
    return writeRestError(reply.error);
  }
  return `{"instances":[${reply.instances.map(writeInstance).join(",")}]}`;
}
