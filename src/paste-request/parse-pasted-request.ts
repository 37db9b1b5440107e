/**
 * Reads pasted text as one of the request forms: a REST JSON body, a curl command for the REST
 * API, a PredictRequest JSON (grpcurl's `-d`), a whole grpcurl command, or Python instances in
 * the tutorial's style. Text that is none of them is refused naming what was expected.
 */
import { parseCurl } from "./parse-curl";
import { parseGrpcurl } from "./parse-grpcurl";
import { isPredictRequestJson, parseGrpcurlJson } from "./parse-grpcurl-json";
import { parsePythonInstances } from "./parse-python-instances";
import { parseRestBody } from "./parse-rest-body";
import { PasteError } from "./paste-error";
import { readJsonDocument } from "./read-json";
import { describeOversizeText } from "./tensor-limits";
import type { PastedRequest } from "./pasted-request";

/** What a paste may be, for the refusal of text that is none of the forms. */
export const EXPECTED_FORMS =
  'expected a REST JSON body {"instances": […]}, a curl command for the REST API, a grpcurl command or its -d JSON, or Python instances = [{…}]';

/** Returns the request of the pasted text; throws a PasteError naming the problem and where. */
export function parsePastedRequest(text: string): PastedRequest {
  const oversize = describeOversizeText(text.length);
  if (oversize) {
    throw new PasteError(oversize);
  }
  const trimmed = text.trimStart();
  const firstWord = /^\S+/.exec(trimmed)?.[0] ?? "";
  if (trimmed === "") {
    throw new PasteError(`The text is empty; ${EXPECTED_FORMS}`);
  }
  if (firstWord === "curl") {
    return parseCurl(text);
  }
  if (firstWord === "grpcurl") {
    return parseGrpcurl(text);
  }
  if (trimmed.startsWith("{")) {
    const root = readJsonDocument(text);
    if (isPredictRequestJson(root)) {
      return { form: "grpcurl-json", ...parseGrpcurlJson(root, text) };
    }
    return { form: "rest-json", target: {}, instances: parseRestBody(root, text) };
  }
  if (looksLikePython(trimmed)) {
    return parsePythonInstances(text);
  }
  throw new PasteError(`This is not a request: ${EXPECTED_FORMS}`);
}

function looksLikePython(text: string): boolean {
  return /^(#|import\s|from\s|\[)/.test(text) || /^\s*instances\s*=/m.test(text);
}
