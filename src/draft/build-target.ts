/** Turns the connection fields into the client's call target and timeout. */
import { checkMetadataNames, isBlankEntry } from "./check-metadata";
import type { ServingTarget } from "../serving/types";
import type { ConnectionDraft } from "./connection-draft";

/** Returns the call target for the connection, or an error message about a field. */
export function buildTarget(
  c: ConnectionDraft,
):
  | { target: ServingTarget; timeoutMs?: number; wireChoice: ConnectionDraft["wire"] }
  | { error: string } {
  const version = c.version.trim() === "" ? "0" : c.version.trim();
  if (!/^\d+$/.test(version)) {
    return { error: `Version must be a whole number (0 = latest), not "${c.version}"` };
  }
  const timeout = c.timeoutSeconds.trim();
  if (timeout !== "" && !(Number(timeout) > 0)) {
    return { error: `Timeout must be a positive number of seconds, not "${c.timeoutSeconds}"` };
  }
  const headerProblems = checkMetadataNames(c.metadata);
  const invalid = c.metadata.findIndex((m) => headerProblems.has(m.id));
  if (invalid >= 0) {
    return { error: `Header ${invalid + 1}: ${headerProblems.get(c.metadata[invalid]?.id ?? "")}` };
  }
  const metadata = Object.fromEntries(
    c.metadata.filter((m) => !isBlankEntry(m)).map((m) => [m.key.trim(), m.value]),
  );
  return {
    target: {
      url: c.gatewayUrl.trim().replace(/\/+$/, ""),
      servable: c.servable.trim(),
      method: c.method.trim(),
      version: BigInt(version),
      transport: c.transport,
      // Auto leaves the wire to sendExchange, which detects it.
      wire: c.wire === "auto" ? undefined : c.wire,
      metadata,
    },
    wireChoice: c.wire,
    timeoutMs: timeout === "" ? undefined : Number(timeout) * 1000,
  };
}
