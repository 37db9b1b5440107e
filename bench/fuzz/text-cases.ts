/**
 * Text-mode (`application/grpc-web-text`) bodies: valid base64 sent in odd pieces and blocks,
 * and broken base64 (bad padding, characters outside the alphabet, lengths not a multiple of 4).
 */
import { encodeFrame } from "../../server/gateway/frames";
import { encodeGoodRequest, frameMessage, grpcWebHeaders, PREDICT_PATH } from "./fuzz-case";
import type { FuzzCase } from "./fuzz-case";
import type { FuzzRandom } from "./fuzz-random";

type TextMaker = (frame: Buffer, random: FuzzRandom) => string;

const b64 = (bytes: Buffer) => bytes.toString("base64");

const MAKERS: Record<string, TextMaker> = {
  "valid base64": (frame) => b64(frame),
  // Each padded block on its own, as a client may send several (gRPC-Web protocol, text streams).
  "separately padded blocks": (frame, random) => {
    const cut = random.int(1, frame.byteLength - 1);
    return b64(frame.subarray(0, cut)) + b64(frame.subarray(cut));
  },
  "line breaks": (frame, random) =>
    b64(frame).replace(/(.{4})/g, (group) => (random.chance(0.2) ? `${group}\r\n` : group)),
  "padding inside a group": (frame, random) => {
    const text = b64(frame);
    const at = random.int(0, text.length - 1);
    return text.slice(0, at) + "=" + text.slice(at + 1);
  },
  "extra padding": (frame, random) => b64(frame) + "=".repeat(random.int(1, 6)),
  "missing padding": (frame) => b64(Buffer.concat([frame, Buffer.from([1])])).replace(/=+$/, ""),
  "characters outside the alphabet": (frame, random) => {
    const text = b64(frame);
    const at = random.int(0, text.length - 1);
    const bad = random.pick(["!", "-", "_", " ", "\u00e9", "\u0000", "*", "."]);
    return text.slice(0, at) + bad + text.slice(at + 1);
  },
  "length not a multiple of 4": (frame, random) => b64(frame).slice(0, -random.int(1, 3)),
  "base64 of a huge declared length": (_frame, random) => {
    const header = Buffer.from([0, 0xff, 0xff, 0xff, 0xff]);
    return b64(Buffer.concat([header, Buffer.alloc(random.pick([0, 4096, 1 << 20]), 0x41)]));
  },
  "base64 of a trailer frame": (frame) =>
    b64(frame) + b64(encodeFrame(0x80, Buffer.from("grpc-status:0\r\n"))),
  // "A" decodes to zero bytes: millions of empty frames from a few megabytes of text.
  "megabytes of A": (_frame, random) => "A".repeat(random.pick([4096, 1 << 20, 4 << 20])),
  "base64 garbage": (_frame, random) => b64(random.bytes(random.int(1, 3000))),
};

/** Returns a text-mode Predict call, its base64 often cut into pieces and sent chunked. */
export function makeTextCase(random: FuzzRandom): FuzzCase {
  const name = random.pick(Object.keys(MAKERS));
  const make = MAKERS[name];
  if (make === undefined) {
    throw new Error(`no text maker ${name}`);
  }
  const frame = frameMessage(encodeGoodRequest(random.pick(["1.3", "1.2"] as const)));
  const text = Buffer.from(make(frame, random), "utf8");
  const headers = grpcWebHeaders(text.byteLength, true);
  if (random.chance(0.5) && text.byteLength < 65536) {
    // Chunked transfer with pieces that split 4-character groups anywhere.
    const chunked = { ...headers };
    delete chunked["content-length"];
    return {
      family: "text",
      name: `${name} (chunked)`,
      method: "POST",
      path: PREDICT_PATH,
      headers: chunked,
      body: random.split(text, 9),
    };
  }
  return { family: "text", name, method: "POST", path: PREDICT_PATH, headers, body: [text] };
}
