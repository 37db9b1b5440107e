/**
 * Auto wire detection: send in the remembered wire version (Serving ≥ 1.3 when none is known);
 * when Serving answers a non-empty request with "Instances count of request cannot be 0", it read
 * the instances from the other version's field, so resend once in the other version.
 * ≥ 1.3 goes first because r1.2 refuses a ≥ 1.3 request at once, while a newer Serving may never
 * answer a 1.2-layout request (master's dispatch path has no zero-instance check).
 */
import { ServingClient } from "./client";
import { isZeroInstancesError, otherWire } from "./zero-instances-error";
import type {
  InferExchange,
  InferOptions,
  InferResult,
  Instance,
  ServingTarget,
  WireVersion,
} from "./types";
import type { grpc } from "@improbable-eng/grpc-web";

/** The exchange, and the wire version it showed Serving speaks (undefined when it showed none). */
export interface AutoWireExchange {
  exchange: InferExchange;
  detected?: WireVersion;
}

/**
 * Returns the exchange of an Auto-wire call of `target` (its `wire` is ignored), starting with
 * `known` or "1.3". `detected` is set when Serving answered with instances or, after a resend,
 * with anything but the zero-instance error or a transport failure. Rejects like `inferDetailed`.
 */
export async function inferAutoWire(
  target: ServingTarget,
  instances: Instance | readonly Instance[],
  options: InferOptions & { known?: WireVersion; transport?: grpc.TransportFactory } = {},
): Promise<AutoWireExchange> {
  const { known, transport, ...inferOptions } = options;
  const first = known ?? "1.3";
  const send = (wire: WireVersion) =>
    new ServingClient({ ...target, wire }, transport).inferDetailed(instances, inferOptions);
  const exchange = await send(first);
  const { result } = exchange;
  if (result.ok) {
    return { exchange, detected: first };
  }
  if (result.cause !== "wire-mismatch") {
    return { exchange };
  }
  const second = otherWire(first);
  const resent = await send(second);
  return servingAnswered(resent.result) && !isZeroInstancesError(resent.result)
    ? { exchange: resent, detected: second }
    : { exchange: resent };
}

// Serving itself answered (its reply or an error_msg), rather than the transport failing.
function servingAnswered(result: InferResult): boolean {
  if (result.ok) {
    return true;
  }
  switch (result.cause) {
    case "not-available":
    case "busy":
    case "serving-error":
    case "protocol-error":
      return true;
    default:
      return false;
  }
}
