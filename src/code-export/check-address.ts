/** Validation of the Serving addresses a snippet connects to. */

const HOST = /^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?)$/;

/** Returns why `address` is not `host:port`, or undefined when it is. */
export function checkAddress(address: string): string | undefined {
  const text = address.trim();
  const colon = text.lastIndexOf(":");
  if (colon <= 0) {
    return `Write host:port, e.g. localhost:5500, not "${address}"`;
  }
  const host = text.slice(0, colon);
  const port = text.slice(colon + 1);
  if (!HOST.test(host)) {
    return `"${host}" is not a host name or address`;
  }
  if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
    return `The port must be a number from 1 to 65535, not "${port}"`;
  }
  return undefined;
}

/** Returns the gateway's host with `port`, e.g. `localhost:5500` for http://localhost:8080. */
export function defaultAddress(gatewayUrl: string, port: number): string {
  let host = "localhost";
  try {
    host = new URL(gatewayUrl).hostname || host;
  } catch {
    // An unreadable gateway URL leaves the default host.
  }
  return `${host}:${port}`;
}
