/** `host:port` addresses as the gateway's flags and config use them. */

/** A TCP address. */
export interface HostPort {
  host: string;
  port: number;
}

/** Returns the host and port of "host:port" or "[v6]:port". Throws on a missing or invalid port. */
export function parseHostPort(value: string): HostPort {
  const match = /^(?:\[([^\]]+)\]|([^:]*)):(\d+)$/.exec(value.trim());
  const port = match ? Number(match[3]) : NaN;
  if (!match || port > 65535) {
    throw new Error(`expected host:port, got "${value}"`);
  }
  return { host: match[1] ?? (match[2] || "127.0.0.1"), port };
}

/** Returns "host:port", bracketing IPv6 hosts. */
export function formatHostPort({ host, port }: HostPort): string {
  return host.includes(":") ? `[${host}]:${port}` : `${host}:${port}`;
}
