/** The URL of a Serving RESTful predict call (master/restful). */

/** Returns `{base}/model/<servable>[/version/<n>]:<method>`; version 0 (latest) has no segment. */
export function buildRestUrl(
  base: string,
  servable: string,
  method: string,
  version: number,
): string {
  const versionPart = version > 0 ? `/version/${version}` : "";
  return `${base}/model/${encodeURIComponent(servable)}${versionPart}:${encodeURIComponent(method)}`;
}
