/**
 * Which request paths the gateway forwards: exactly the configured route path (Envoy's `path:`
 * match), as written. Nothing is normalised on the way: `..`, `.`, `//` or percent-encoded
 * characters give a different path, which has no route (404). A query string is not part of the
 * path for matching, as in Envoy, and is never sent on (a gRPC call has none).
 */

/** Returns the path to forward for the request target `url`, or undefined when no route takes it. */
export function matchRoutePath(url: string | undefined, routePath: string): string | undefined {
  const target = url ?? "";
  const query = target.indexOf("?");
  const path = query === -1 ? target : target.slice(0, query);
  return path === routePath ? path : undefined;
}
