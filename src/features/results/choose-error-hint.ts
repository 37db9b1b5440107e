import { wireLabel } from "../../draft/wire-choice";
import { currentResultsText, type ResultsText } from "./results-text";
import type { FailureCause, WireVersion } from "../../serving/types";

/**
 * Returns what to check for a whole-request failure of the given cause, or undefined when there is
 * no advice. A "wire-mismatch" names `likelyWire`, the wire version Serving likely speaks.
 */
export function chooseErrorHint(
  cause: FailureCause,
  likelyWire?: WireVersion,
  t: ResultsText = currentResultsText(),
): string | undefined {
  switch (cause) {
    case "not-available":
    case "busy":
    case "too-large":
    case "not-grpc-web":
    case "upstream-unreachable":
    case "unreachable":
    case "deadline":
    case "http-error":
      return t(`alert.hints.${cause}`);
    case "wire-mismatch":
      return likelyWire === undefined
        ? t("alert.hints.wire-mismatch")
        : t("alert.hints.wire-mismatch-named", { wire: wireLabel(likelyWire) });
    case "cancelled":
    case "grpc-error":
    case "serving-error":
    case "protocol-error":
    case "unexpected":
      return undefined;
  }
}
