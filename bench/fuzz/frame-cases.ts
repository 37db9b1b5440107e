/**
 * Mutated gRPC-Web framing around a valid request: bad flags, lengths over and under the payload,
 * truncation, huge declared lengths followed by data, many frames, and trailer frames from a client.
 */
import { encodeFrame, TRAILER_FLAG } from "../../server/gateway/frames";
import { binaryCase, encodeGoodRequest } from "./fuzz-case";
import type { FuzzCase } from "./fuzz-case";
import type { FuzzRandom } from "./fuzz-random";

/** Returns a frame header with any flag byte and declared length. */
function frameHeader(flags: number, length: number): Buffer {
  const header = Buffer.alloc(5);
  header.writeUInt8(flags, 0);
  header.writeUInt32BE(length >>> 0, 1);
  return header;
}

type FrameMaker = (message: Buffer, random: FuzzRandom) => Buffer;

const MAKERS: Record<string, FrameMaker> = {
  "bad flags": (message, random) =>
    Buffer.concat([frameHeader(random.int(2, 255), message.byteLength), message]),
  "compressed flag without grpc-encoding": (message) => encodeFrame(1, message),
  "length over payload": (message, random) =>
    Buffer.concat([frameHeader(0, message.byteLength + random.int(1, 65536)), message]),
  "length under payload": (message, random) =>
    Buffer.concat([frameHeader(0, random.int(0, message.byteLength - 1)), message]),
  "truncated header": (message, random) => encodeFrame(0, message).subarray(0, random.int(1, 4)),
  "truncated payload": (message, random) =>
    encodeFrame(0, message).subarray(0, random.int(5, 4 + message.byteLength)),
  // The attack that took the gateway down: a 4 GiB frame header, then megabytes of data.
  "huge declared length": (_message, random) => {
    const follow = random.pick([0, 1024, 65536, 1 << 20, 1 << 20, 8 << 20]);
    return Buffer.concat([frameHeader(random.int(0, 1), 0xffffffff), Buffer.alloc(follow, 0x41)]);
  },
  "many frames": (message, random) => {
    const frame = encodeFrame(0, message);
    return Buffer.concat(Array.from({ length: random.int(2, 2000) }, () => frame));
  },
  "empty frames": (_message, random) => Buffer.alloc(5 * random.int(1, 5000)),
  "empty body": () => Buffer.alloc(0),
  "trailer frame from client": (message, random) => {
    const trailers = encodeFrame(TRAILER_FLAG, Buffer.from("grpc-status:0\r\ngrpc-message:ok\r\n"));
    return random.chance(0.5)
      ? Buffer.concat([encodeFrame(0, message), trailers])
      : Buffer.concat([trailers, encodeFrame(0, message)]);
  },
  "random body": (_message, random) => random.bytes(random.int(1, 4096)),
};

/** Returns a Predict call with mutated framing, sometimes cut into many small pieces. */
export function makeFrameCase(random: FuzzRandom): FuzzCase {
  const name = random.pick(Object.keys(MAKERS));
  const make = MAKERS[name];
  if (make === undefined) {
    throw new Error(`no frame maker ${name}`);
  }
  const body = make(encodeGoodRequest(random.pick(["1.3", "1.2"] as const)), random);
  const call = binaryCase("frames", name, body);
  if (random.chance(0.25) && body.byteLength < 65536) {
    // Tiny pieces cross every frame-header boundary, so the checker's carry-over is exercised.
    return { ...call, name: `${name} (in pieces)`, body: random.split(body, 7) };
  }
  return call;
}
