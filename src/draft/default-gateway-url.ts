/** Returns the `?gateway=` URL of the page when present, else undefined. */
export function readGatewayParam(search: string): string | undefined {
  const value = new URLSearchParams(search).get("gateway");
  return value ? value : undefined;
}

/** Returns the gateway URL the app starts with: `?gateway=` when given, else port 8080 of the page's host. */
export function defaultGatewayUrl(
  location: Pick<Location, "protocol" | "hostname" | "search">,
): string {
  return readGatewayParam(location.search) ?? `${location.protocol}//${location.hostname}:8080`;
}
