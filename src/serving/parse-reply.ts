/** Applies the reply rules (docs/architecture.md, "Reply rules") to a PredictReply. */
import { decodeTensor } from "../../protocol/decode-tensor";
import { classifyServingError } from "./classify-failure";
import type { WireReply } from "../../protocol/wire-tensor";
import type { InferResult, InstanceResult, OutputValue } from "./types";

const utf8 = new TextDecoder();

/**
 * Returns the result of a reply to `sentCount` instances:
 * exactly one error_msg → a whole-request error (rule 1); otherwise one result per instance,
 * where a per-instance error_msg with a non-zero code makes that instance `{error}` (rule 2);
 * any other error_msg count, or missing or extra instances, is a protocol error.
 */
export function parseReply(reply: WireReply, sentCount: number): InferResult {
  const { errors, instances } = reply;
  const [only] = errors;
  if (only && errors.length === 1) {
    const error = errorText(only.message, only.code);
    return { ok: false, cause: classifyServingError(error), error };
  }
  if (errors.length !== 0 && errors.length !== sentCount) {
    return {
      ok: false,
      cause: "protocol-error",
      error:
        `Protocol error: the reply has ${errors.length} error_msg entries; ` +
        `expected 0, 1 or one per instance (${sentCount})`,
    };
  }
  // Outputs must exist for every instance that succeeded; a failed one may come without any.
  const missing = Array.from({ length: sentCount }, (_, i) => i).some(
    (i) => i >= instances.length && !(errors[i] && errors[i].code !== 0),
  );
  if (missing || instances.length > sentCount) {
    return {
      ok: false,
      cause: "protocol-error",
      error: `Protocol error: the reply has ${instances.length} instances for ${sentCount} sent`,
    };
  }
  return {
    ok: true,
    instances: Array.from({ length: sentCount }, (_, i): InstanceResult => {
      const items = instances[i];
      const status = errors[i];
      if (status && status.code !== 0) {
        return { error: errorText(status.message, status.code) };
      }
      const outputs: Record<string, OutputValue> = {};
      for (const [name, tensor] of items ?? []) {
        outputs[name] = decodeTensor(tensor);
      }
      return { outputs };
    }),
  };
}

function errorText(message: Uint8Array, code: number): string {
  const text = utf8.decode(message);
  return text === "" ? `Serving error code ${code} without a message` : text;
}
