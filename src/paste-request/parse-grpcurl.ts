/**
 * Reads a grpcurl command calling MSService/Predict: `-d` holds the PredictRequest JSON, and
 * `-proto` names the wire (a proto under `serving-1.2` is the 1.1–1.2 layout). `-d @` (the
 * request from stdin) is read from a here-document that follows, and refused without one: the
 * request is then not in the text.
 */
import { parseGrpcurlJson } from "./parse-grpcurl-json";
import { pasteErrorAt } from "./paste-error";
import { splitHereDocument } from "./read-here-document";
import { readJson, readJsonDocument } from "./read-json";
import { readShellWords, type ShellWord } from "./read-shell-words";
import type { PastedRequest, PastedTarget } from "./pasted-request";

const VALUE_OPTIONS = new Set([
  "proto",
  "import-path",
  "protoset",
  "H",
  "rpc-header",
  "reflect-header",
  "max-msg-sz",
  "connect-timeout",
  "max-time",
  "keepalive-time",
  "format",
  "authority",
  "servername",
  "cacert",
  "cert",
  "key",
  "user-agent",
  "use-reflection",
]);
const FLAG_OPTIONS = new Set([
  "plaintext",
  "insecure",
  "v",
  "vv",
  "emit-defaults",
  "allow-unknown-fields",
  "format-error",
]);
const PREDICT = /(^|\/|\.)MSService\/Predict$/;

/** Returns the request of a grpcurl command; throws a located PasteError. */
export function parseGrpcurl(text: string): PastedRequest {
  const { command, document } = splitHereDocument(text);
  const words = readShellWords(command);
  const first = words[0];
  if (first?.text !== "grpcurl") {
    throw pasteErrorAt(text, first?.at ?? 0, "expected a command starting with grpcurl");
  }
  let data: ShellWord | undefined;
  let proto: string | undefined;
  const positional: ShellWord[] = [];
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    const option = /^--?([a-zA-Z][\w-]*)(?:=(.*))?$/s.exec(word.text);
    if (!option) {
      positional.push(word);
      continue;
    }
    const [, name = "", attached] = option;
    const value = (): ShellWord => {
      if (attached !== undefined) {
        return { text: attached, at: word.at + word.text.length - attached.length };
      }
      const next = words[++i];
      if (!next) {
        throw pasteErrorAt(text, word.at, `-${name} needs a value`);
      }
      return next;
    };
    if (name === "d") {
      data = value();
    } else if (name === "proto") {
      proto = value().text;
    } else if (VALUE_OPTIONS.has(name)) {
      value();
    } else if (!FLAG_OPTIONS.has(name)) {
      throw pasteErrorAt(text, word.at, `grpcurl option -${name} is not read here`);
    }
  }
  const method = positional.at(-1);
  if (!method || !PREDICT.test(method.text)) {
    throw pasteErrorAt(
      text,
      method?.at ?? first.at,
      "expected the method mindspore.serving.proto.MSService/Predict at the end",
    );
  }
  if (!data) {
    throw pasteErrorAt(text, first.at, "the command has no request (-d '{…}')");
  }
  if (data.text.trim() === "@" && document) {
    // Read in place, so errors name the line and column in the pasted text.
    const read = readJson(text.slice(0, document.to), document.from);
    if (text.slice(read.end, document.to).trim() !== "") {
      throw pasteErrorAt(
        text,
        read.end,
        "expected the here-document to end after the request JSON",
      );
    }
    const { target, instances } = parseGrpcurlJson(read.value, text);
    return { form: "grpcurl", target: withWire(target, proto), instances };
  }
  if (data.text.trim().startsWith("@")) {
    throw pasteErrorAt(
      text,
      data.at,
      "the request is read from stdin (-d @), which is not in the pasted text; paste the JSON after -d",
    );
  }
  const start = data.at + 1;
  // A request quoted verbatim is read in place, so errors name the line and column in the command.
  const verbatim = text.slice(start, start + data.text.length) === data.text;
  const root = verbatim ? readJson(text, start).value : readJsonDocument(data.text);
  const { target, instances } = parseGrpcurlJson(root, verbatim ? text : data.text);
  return { form: "grpcurl", target: withWire(target, proto), instances };
}

// A proto under serving-1.2 (or 1.1) is the 1.1–1.2 layout; any other names the ≥ 1.3 one.
function withWire(target: PastedTarget, proto: string | undefined): PastedTarget {
  return proto === undefined
    ? target
    : { ...target, wire: /serving-1\.[12]/.test(proto) ? "1.2" : "1.3" };
}
