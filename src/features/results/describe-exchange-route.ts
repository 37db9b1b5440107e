import { wireLabel } from "../../draft/wire-choice";
import { currentResultsText, type ResultsText } from "./results-text";
import type { InferExchange } from "../../serving/types";

/** Returns how an exchange travelled: "REST", or "gRPC-Web" with the wire version it was sent in. */
export function describeExchangeRoute(
  exchange: Pick<InferExchange, "transport" | "wire">,
  t: ResultsText = currentResultsText(),
): string {
  if (exchange.transport === "rest") {
    return t("summary.rest");
  }
  return exchange.wire === undefined
    ? t("summary.grpcWeb")
    : t("summary.grpcWebWire", { wire: wireLabel(exchange.wire) });
}
