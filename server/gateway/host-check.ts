/**
 * The Host check of the dev gateway: a page on another site that resolves its own name to
 * 127.0.0.1 (DNS rebinding) reaches the gateway with that name as Host, so only names that mean
 * this machine, and those the config or `--allow-host` lists, are answered.
 */
import { networkInterfaces } from "node:os";

/** Host names every gateway answers to, whatever the port. */
const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "[::1]"];

/** Returns `host` as it appears in a Host header: lower-case, IPv6 literals in brackets. */
function asHostName(host: string): string {
  const lower = host.toLowerCase();
  return lower.includes(":") && !lower.startsWith("[") ? `[${lower}]` : lower;
}

/** Returns the addresses a gateway listening on every interface can be reached at. */
function interfaceAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flatMap((addresses) => addresses ?? [])
    .map((address) => asHostName(address.address.split("%")[0] ?? address.address));
}

/**
 * Returns the allowed Host names: loopback names, the listen host (every interface address when
 * it is 0.0.0.0 or ::), and `extra` (names with or without a port; "*" is ignored, as it would
 * switch the check off).
 */
export function buildAllowedHosts(listenHost: string, extra: readonly string[]): Set<string> {
  const wildcard = listenHost === "0.0.0.0" || listenHost === "::" || listenHost === "";
  return new Set([
    ...LOOPBACK_NAMES,
    ...(wildcard ? interfaceAddresses() : [asHostName(listenHost)]),
    ...extra.filter((name) => name.trim() !== "*").map((name) => name.trim().toLowerCase()),
  ]);
}

/** Returns whether a Host header value names an allowed host (any port unless the entry has one). */
export function isHostAllowed(host: string | undefined, allowed: ReadonlySet<string>): boolean {
  if (!host) {
    return false;
  }
  const value = host.trim().toLowerCase();
  const name = /^(\[[^\]]*\]|[^:]*)(?::\d+)?$/.exec(value)?.[1];
  return allowed.has(value) || (name !== undefined && allowed.has(name.replace(/\.$/, "")));
}
