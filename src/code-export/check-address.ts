/** Validation of the Serving addresses a snippet connects to. */

const HOST = /^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?)$/;

/** What is wrong with an address: no `host:port` form, a bad host, or a port outside 1–65535. */
export type AddressProblem = "form" | "host" | "port";

/** Returns what is wrong with `address` as `host:port`, or undefined when it is fine. */
export function checkAddress(address: string): AddressProblem | undefined {
  const text = address.trim();
  const colon = text.lastIndexOf(":");
  if (colon <= 0) {
    return "form";
  }
  if (!HOST.test(text.slice(0, colon))) {
    return "host";
  }
  const port = text.slice(colon + 1);
  if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
    return "port";
  }
  return undefined;
}

/** Returns the gateway's host with `port`, e.g. `localhost:5500` for http://localhost:8080. */
export function defaultAddress(gatewayUrl: string, port: number): string {
  let host = "localhost";
  try {
    host = new URL(gatewayUrl.trim()).hostname || host;
  } catch {
    // An unreadable gateway URL leaves the default host.
  }
  return `${host}:${port}`;
}
