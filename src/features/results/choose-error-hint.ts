import { wireLabel } from "../../draft/wire-choice";
import type { FailureCause, WireVersion } from "../../serving/types";

/**
 * Returns what to check for a whole-request failure of the given cause, or undefined when there is
 * no advice. A "wire-mismatch" names `likelyWire`, the wire version Serving likely speaks.
 */
export function chooseErrorHint(cause: FailureCause, likelyWire?: WireVersion): string | undefined {
  switch (cause) {
    case "not-available":
      return "Serving does not offer this servable, method or version. Check the names and the version (0 = latest) against the servables Serving loaded.";
    case "busy":
      return "Serving's request queue is full. Wait for running requests to finish, send fewer instances at once, or raise Serving's queue limit.";
    case "too-large":
      return "The message is larger than a size limit. Send fewer or smaller instances, or raise the limit on Serving (max message size) and the gateway.";
    case "not-grpc-web":
      return "The URL answered, but not as a gRPC-Web endpoint the browser may read: check that it is the gateway (Envoy) URL and that its CORS settings expose the grpc-status and grpc-message headers.";
    case "upstream-unreachable":
      return "The gateway is running but cannot reach Serving. Check that Serving is running and that the gateway's upstream address points at its gRPC port (its REST port for REST).";
    case "unreachable":
      return "The gateway is unreachable. Check that the gRPC-Web gateway (Envoy, or the dev gateway of npm start) is running and that the Gateway URL is right; the browser reports the same when the gateway's CORS settings do not allow this page's origin.";
    case "deadline":
      return "No reply arrived within the request timeout. Raise the timeout or send fewer instances; the model may still be loading.";
    case "http-error":
      return "The REST call got an HTTP error instead of Serving's reply: check that the Gateway URL is the gateway and that it routes /model/ to Serving's REST port.";
    case "wire-mismatch":
      return likelyWire === undefined
        ? "Serving found no instances in a request that carried some: it likely speaks the other wire version. Pick the other Serving wire version or Auto."
        : `Serving found no instances in a request that carried some: it likely speaks the ${wireLabel(likelyWire)} wire, which puts instances in another field. Pick ${wireLabel(likelyWire)} or Auto as the Serving wire version.`;
    case "cancelled":
    case "grpc-error":
    case "serving-error":
    case "protocol-error":
    case "unexpected":
      return undefined;
  }
}
