/** The curl command posting the request to Serving's RESTful API. */
import { buildRestBody } from "../../protocol/rest-request-body";
import { buildRestUrl } from "../../protocol/rest-url";
import { encodeInstances } from "../serving/encode-instances";
import { shellQuote } from "./shell-quote";
import type { Instance } from "../serving/types";
import type { ExportRequest } from "./export-request";
import type { Snippet } from "./snippet";

/** Bodies longer than this go to `request.json` instead of the command line (whose words are bounded). */
export const INLINE_BODY_LIMIT = 64 * 1024;

/**
 * Returns the curl command for the request; throws TypeError when REST cannot carry a value
 * (several strings in one input, for example) and InvalidInputError for a value the client refuses.
 */
export function generateCurl(request: ExportRequest, restAddress: string): Snippet {
  const body = buildRestBody(encodeInstances(toInstances(request)));
  const url = buildRestUrl(
    `http://${restAddress}`,
    request.servable,
    request.method,
    Number(request.version),
  );
  const inline = body.length <= INLINE_BODY_LIMIT;
  const data = inline ? shellQuote(body) : "@request.json";
  const code = [
    `curl -sS -X POST ${shellQuote(url)} \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  --data-binary ${data}`,
    "",
  ].join("\n");
  return {
    fileName: "request.sh",
    code,
    files: inline ? {} : { "request.json": new TextEncoder().encode(body) },
  };
}

/** Returns the request's instances as the client takes them. */
export function toInstances(request: ExportRequest): Instance[] {
  return request.instances.map((inputs) =>
    Object.fromEntries(inputs.map((input) => [input.name, input.value])),
  );
}
