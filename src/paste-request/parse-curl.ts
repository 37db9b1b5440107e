/**
 * Reads a `curl` command for Serving's REST API: the URL gives servable, version and method
 * (`/model/<servable>[/version/<n>]:<method>`), `-d`/`--data`/`--data-raw`/`--data-binary` the
 * JSON body. A body read from a file (`-d @file`) is refused: the file is not in the text.
 */
import { parseRestBody, parseRestBodyText } from "./parse-rest-body";
import { PasteError, pasteErrorAt } from "./paste-error";
import { readJson } from "./read-json";
import { readShellWords, type ShellWord } from "./read-shell-words";
import type { PastedInstance, PastedRequest, PastedTarget } from "./pasted-request";

const DATA_OPTIONS = new Set([
  "-d",
  "--data",
  "--data-raw",
  "--data-binary",
  "--data-ascii",
  "--json",
]);
const VALUE_OPTIONS = new Set([
  "-H",
  "--header",
  "-X",
  "--request",
  "-o",
  "--output",
  "-u",
  "--user",
  "-m",
  "--max-time",
  "--connect-timeout",
  "-A",
  "--user-agent",
  "-b",
  "--cookie",
  "-e",
  "--referer",
  "--cacert",
  "--cert",
  "--key",
  "--resolve",
  "-w",
  "--write-out",
  "--retry",
  "-x",
  "--proxy",
  "--url",
]);
const FLAG_LETTERS = new Set([..."sSvikLfgN"]);
const FLAG_OPTIONS = new Set([
  "--silent",
  "--show-error",
  "--verbose",
  "--include",
  "--insecure",
  "--location",
  "--fail",
  "--compressed",
  "--globoff",
  "--no-buffer",
  "--http1.1",
  "--http2",
  "--http2-prior-knowledge",
]);

/** Returns the request of a curl command; throws a located PasteError. */
export function parseCurl(text: string): PastedRequest {
  const words = readShellWords(text);
  const first = words[0];
  if (first?.text !== "curl") {
    throw pasteErrorAt(text, first?.at ?? 0, "expected a command starting with curl");
  }
  let url: ShellWord | undefined;
  let body: { word: ShellWord; literal: boolean } | undefined;
  const setUrl = (word: ShellWord): void => {
    if (url) {
      throw pasteErrorAt(text, word.at, "a second URL; paste a command with one request");
    }
    url = word;
  };
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    const [name, attached] = splitOption(word.text);
    const valueWord = (): ShellWord => {
      if (attached !== undefined) {
        return { text: attached, at: word.at + word.text.length - attached.length };
      }
      const next = words[++i];
      if (!next) {
        throw pasteErrorAt(text, word.at, `${name} needs a value`);
      }
      return next;
    };
    if (DATA_OPTIONS.has(name)) {
      if (body) {
        throw pasteErrorAt(text, word.at, "a second body; the REST API takes one JSON body");
      }
      body = { word: valueWord(), literal: name === "--data-raw" };
    } else if (name === "--url") {
      setUrl(valueWord());
    } else if (VALUE_OPTIONS.has(name)) {
      valueWord();
    } else if (
      FLAG_OPTIONS.has(name) ||
      (/^-[a-zA-Z]+$/.test(name) && [...name.slice(1)].every((c) => FLAG_LETTERS.has(c)))
    ) {
      // Output and connection flags do not change the request.
    } else if (name.startsWith("-")) {
      throw pasteErrorAt(text, word.at, `curl option ${name} is not read here`);
    } else {
      setUrl(word);
    }
  }
  if (!url) {
    throw pasteErrorAt(text, first.at, "the command has no URL (…/model/<servable>:<method>)");
  }
  if (!body) {
    throw pasteErrorAt(text, first.at, "the command has no body (-d '{\"instances\": …}')");
  }
  if (!body.literal && body.word.text.startsWith("@")) {
    throw pasteErrorAt(
      text,
      body.word.at,
      `the body is read from the file ${body.word.text.slice(1) || "(stdin)"}, which is not in the pasted text; paste the JSON itself`,
    );
  }
  const target = readRestTarget(url.text, () =>
    pasteErrorAt(
      text,
      url!.at,
      "the URL is not a Serving REST URL …/model/<servable>[/version/<n>]:<method>",
    ),
  );
  return { form: "curl", target, instances: readBody(text, body.word) };
}

/**
 * Returns the instances of the body. A body quoted verbatim is read in place, so its errors
 * name the line and column in the command; otherwise they name them in the body.
 */
export function readBody(text: string, word: ShellWord): PastedInstance[] {
  const start = word.at + 1;
  if (text.slice(start, start + word.text.length) === word.text) {
    const { value, end } = readJson(text, start);
    if (end < start + word.text.length) {
      throw pasteErrorAt(text, end, "unexpected text after the JSON body");
    }
    return parseRestBody(value, text);
  }
  try {
    return parseRestBodyText(word.text);
  } catch (error) {
    const at = pasteErrorAt(text, word.at, "");
    throw error instanceof PasteError
      ? new PasteError(
          `in the body starting at line ${at.line}, column ${at.column}: ${error.message}`,
        )
      : error;
  }
}

// "-dVALUE" and "--data=VALUE" carry their value in the same word.
function splitOption(word: string): [string, string | undefined] {
  if (word.startsWith("--")) {
    const eq = word.indexOf("=");
    return eq < 0 ? [word, undefined] : [word.slice(0, eq), word.slice(eq + 1)];
  }
  if (/^-[dHXoumAbewx]./.test(word)) {
    return [word.slice(0, 2), word.slice(2)];
  }
  return [word, undefined];
}

/** Returns servable, version and method of a REST URL, or throws `refuse()`. */
export function readRestTarget(url: string, refuse: () => Error): PastedTarget {
  const path = url.replace(/^[a-z]+:\/\/[^/]*/i, "").split(/[?#]/)[0] ?? "";
  const match = /\/model\/([^/:]+)(?:\/version\/(\d+))?:([^/:]+)$/.exec(path);
  if (!match) {
    throw refuse();
  }
  return {
    servable: decodeURIComponent(match[1]!),
    version: match[2] === undefined ? 0 : Number(match[2]),
    method: decodeURIComponent(match[3]!),
  };
}
