import { readRequest } from "../../protocol/wire-layouts";
import type { WireInstance, WireSpec } from "../../protocol/wire-tensor";
import type { WireVersion } from "../../protocol/wire-version";
import type { PlainRequest } from "./predict";

/** Which request encodings the server accepts: both (telling them apart per request), or one. */
export type WireMode = "any" | WireVersion;

function toPlainRequest(request: { spec?: WireSpec; instances: WireInstance[] }): PlainRequest {
  return {
    servable: request.spec?.name ?? "",
    method: request.spec?.methodName ?? "",
    version: request.spec?.version ?? 0,
    instances: request.instances.map((items) => new Map(items)),
  };
}

/**
 * Returns the request in `bytes` and the wire version it was sent in (its reply uses it too).
 * Serving 1.1–1.2 put instances in field 3, 1.3 and later in field 2 (docs/architecture.md, "Wire versions"): in mode "any" a request
 * with field-3 instances is a 1.2 request; a restricted mode reads only its own field, as that Serving would.
 * Throws when the bytes are not a PredictRequest.
 */
export function decodeRequest(
  bytes: Uint8Array,
  mode: WireMode,
): { wire: WireVersion; request: PlainRequest } {
  if (mode !== "1.3") {
    const old = readRequest("1.2", bytes);
    if (mode === "1.2" || old.instances.length > 0) {
      return { wire: "1.2", request: toPlainRequest(old) };
    }
  }
  return { wire: "1.3", request: toPlainRequest(readRequest("1.3", bytes)) };
}
