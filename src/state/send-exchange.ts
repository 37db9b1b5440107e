/** Sends built instances as the connection says: REST, a fixed wire, or Auto with detection. */
import { ServingClient } from "../serving/client";
import { inferAutoWire } from "../serving/infer-auto-wire";
import { selectDetectedWire, useWireDetectionStore } from "./wire-detection-store";
import type { WireChoice } from "../draft/wire-choice";
import type { InferExchange, InferOptions, Instance, ServingTarget } from "../serving/types";

/**
 * Returns the exchange of one send. With Auto over gRPC-Web it starts with the wire detected
 * before for this gateway and servable and remembers what the call showed. Rejects like
 * `ServingClient.inferDetailed`.
 */
export async function sendExchange(
  target: ServingTarget,
  wireChoice: WireChoice,
  instances: readonly Instance[],
  options: InferOptions,
): Promise<InferExchange> {
  if (target.transport === "rest" || wireChoice !== "auto") {
    return new ServingClient(target).inferDetailed(instances, options);
  }
  const known = selectDetectedWire(useWireDetectionStore.getState(), target.url, target.servable);
  const { exchange, detected } = await inferAutoWire(target, instances, { ...options, known });
  if (detected !== undefined && detected !== known) {
    useWireDetectionStore.getState().remember(target.url, target.servable, detected);
  }
  return exchange;
}
