import { wireLabel } from "../../draft/wire-choice";
import type { InferExchange } from "../../serving/types";

/** Returns how an exchange travelled: "REST", or "gRPC-Web" with the wire version it was sent in. */
export function describeExchangeRoute(exchange: Pick<InferExchange, "transport" | "wire">): string {
  if (exchange.transport === "rest") {
    return "REST";
  }
  return exchange.wire === undefined ? "gRPC-Web" : `gRPC-Web, ${wireLabel(exchange.wire)}`;
}
