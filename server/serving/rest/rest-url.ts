import { RestInputError } from "./rest-input-error";
import type { MethodSpec } from "../select-method";

const UINT32_MAX = 2 ** 32 - 1;

/**
 * Returns the text after `key` plus one separator up to the next "/" or ":", as Serving reads its URL:
 * by the first occurrence of the key anywhere in it, not by path segment.
 */
function readSegment(url: string, key: string): string {
  const start = url.indexOf(key);
  if (start < 0) {
    return "";
  }
  const from = start + key.length + 1;
  const ends = [url.indexOf("/", from), url.indexOf(":", from)].filter((i) => i >= 0);
  return ends.length === 0 ? url.slice(from) : url.slice(from, Math.min(...ends));
}

/** Returns the leading integer of a text as C's strtol reads it, or undefined when there is none. */
function readLeadingInteger(text: string): bigint | undefined {
  const match = /^[\s]*([+-]?\d+)/.exec(text);
  return match?.[1] === undefined ? undefined : BigInt(match[1]);
}

/**
 * Returns the servable, version and method of a REST URL such as `/model/resnet50/version/1:classify_top1`.
 * Throws RestInputError with Serving's texts when a part is missing or the version is not a number in range.
 */
export function readRestUrl(url: string): MethodSpec {
  const servable = readSegment(url, "model");
  if (servable === "") {
    throw new RestInputError("please check url, the keyword:[model] must contain.");
  }
  let version = 0;
  if (url.includes("version")) {
    const text = readSegment(url, "version");
    const number = readLeadingInteger(text);
    if (number === undefined) {
      throw new RestInputError(
        `please check url, the keyword:[version] value invalid, request version number ${text}`,
      );
    }
    if (number < 0n || number >= BigInt(UINT32_MAX)) {
      throw new RestInputError(
        `please check url, version number range failed, request version number ${text}`,
      );
    }
    version = Number(number);
  }
  const colon = url.indexOf(":");
  const method = colon < 0 ? "" : url.slice(colon + 1);
  if (method === "") {
    throw new RestInputError("please check url, the keyword:[service method] must contain.");
  }
  return { servable, version, method };
}
