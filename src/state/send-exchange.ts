/** Sends built instances as the connection says: REST, a fixed wire, or Auto with detection. */
import { selectDetectedWire, useWireDetectionStore } from "./wire-detection-store";
import type { WireChoice } from "../draft/wire-choice";
import type { InferExchange, InferOptions, Instance, ServingTarget } from "../serving/types";

// The client, with protobuf and gRPC-Web, is kept out of the initial bundle and fetched right
// after first paint (preloadServingClient), so the first Send does not wait for it.
const loadClient = () => import("../serving/client");
const loadAutoWire = () => import("../serving/infer-auto-wire");

/** Starts fetching the serving client's code; the app calls it once after first paint. */
export function preloadServingClient(): Promise<unknown> {
  return Promise.all([loadClient(), loadAutoWire()]);
}

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
    const { ServingClient } = await loadClient();
    return new ServingClient(target).inferDetailed(instances, options);
  }
  const known = selectDetectedWire(useWireDetectionStore.getState(), target.url, target.servable);
  const { inferAutoWire } = await loadAutoWire();
  const { exchange, detected } = await inferAutoWire(target, instances, { ...options, known });
  if (detected !== undefined && detected !== known) {
    useWireDetectionStore.getState().remember(target.url, target.servable, detected);
  }
  return exchange;
}
