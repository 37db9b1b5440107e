/** CORS as Envoy's cors filter applies a `CorsPolicy` (envoy.extensions.filters.http.cors.v3). */

/** One `StringMatcher` of `allow_origin_string_match`. */
export type OriginMatcher =
  | { exact: string; ignoreCase?: boolean }
  | { prefix: string; ignoreCase?: boolean }
  | { suffix: string; ignoreCase?: boolean }
  | { contains: string; ignoreCase?: boolean }
  | { regex: RegExp };

/** The CORS policy values the gateway uses. */
export interface CorsPolicy {
  origins: OriginMatcher[];
  allowMethods: string;
  allowHeaders: string;
  exposeHeaders: string;
  maxAge: string;
  allowCredentials: boolean;
}

/** Returns whether `origin` matches one of the policy's matchers. */
export function isOriginAllowed(origin: string, policy: CorsPolicy): boolean {
  return policy.origins.some((matcher) => {
    if ("regex" in matcher) {
      return matcher.regex.test(origin);
    }
    const norm = (s: string) => (matcher.ignoreCase ? s.toLowerCase() : s);
    const value = norm(origin);
    if ("exact" in matcher) {
      return value === norm(matcher.exact);
    }
    if ("prefix" in matcher) {
      return value.startsWith(norm(matcher.prefix));
    }
    if ("suffix" in matcher) {
      return value.endsWith(norm(matcher.suffix));
    }
    return value.includes(norm(matcher.contains));
  });
}

/** Returns the headers every answer to an allowed `origin` carries, with `extra` among them. */
function allowOrigin(
  origin: string,
  policy: CorsPolicy,
  extra: Record<string, string>,
): Record<string, string> {
  return {
    "access-control-allow-origin": origin,
    ...extra,
    ...(policy.allowCredentials ? { "access-control-allow-credentials": "true" } : {}),
    vary: "origin",
  };
}

/** Returns the headers answering a preflight from an allowed `origin`. */
export function buildPreflightHeaders(origin: string, policy: CorsPolicy): Record<string, string> {
  return allowOrigin(origin, policy, {
    "access-control-allow-methods": policy.allowMethods,
    "access-control-allow-headers": policy.allowHeaders,
    "access-control-max-age": policy.maxAge,
  });
}

/**
 * Returns the CORS headers of an actual (non-preflight) response: none when the request has
 * no Origin or a disallowed one, so the browser refuses to hand the reply to the page.
 */
export function buildResponseCorsHeaders(
  origin: string | undefined,
  policy: CorsPolicy,
): Record<string, string> {
  if (!origin || !isOriginAllowed(origin, policy)) {
    return {};
  }
  return allowOrigin(origin, policy, { "access-control-expose-headers": policy.exposeHeaders });
}
