/**
 * Mutated and garbage PredictRequest messages in well-formed frames: what a bounded protobuf
 * decoder must refuse fast (length-delimited fields longer than the message, bad varints, bad
 * wire types) or read as a normal, wrong request.
 */
import { baseRequests, binaryCase, frameMessage, grpcWebHeaders, PREDICT_PATH } from "./fuzz-case";
import type { FuzzCase } from "./fuzz-case";
import type { FuzzRandom } from "./fuzz-random";

/** Returns the base-128 varint of `value` (up to 2^53). */
export function encodeVarint(value: number): Buffer {
  const out: number[] = [];
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
  return Buffer.from(out);
}

type Mutation = (base: Buffer, random: FuzzRandom) => Buffer;

const MUTATIONS: Record<string, Mutation> = {
  "bit flips": (base, random) => {
    const out = Buffer.from(base);
    for (let n = random.int(1, 8); n > 0; n--) {
      const at = random.int(0, out.byteLength - 1);
      out[at] = (out[at] ?? 0) ^ (1 << random.int(0, 7));
    }
    return out;
  },
  truncated: (base, random) => base.subarray(0, random.int(0, base.byteLength - 1)),
  "random bytes overwritten": (base, random) => {
    const out = Buffer.from(base);
    const at = random.int(0, out.byteLength - 1);
    random.bytes(Math.min(random.int(1, 16), out.byteLength - at)).copy(out, at);
    return out;
  },
  // A length-delimited field claiming far more bytes than follow, as 0a ff ff ff ff 0f does.
  "overlong length-delimited field": (base, random) => {
    const field = random.pick([1, 2, 3, 4, 5]);
    const length = random.pick([
      0xffffffff,
      random.int(0x1000000, 0xffffffff),
      random.int(base.byteLength + 1, base.byteLength + 4096),
    ]);
    const tail = random.bytes(random.int(0, 8));
    const head = random.chance(0.5) ? base : Buffer.alloc(0);
    return Buffer.concat([head, Buffer.from([(field << 3) | 2]), encodeVarint(length), tail]);
  },
  // Length fields inside the message rewritten to exceed what is left.
  "nested length overrun": (base, random) => {
    const out = Buffer.from(base);
    const starts = [...out.keys()].filter((i) => ((out[i] ?? 0) & 7) === 2 && i + 1 < out.length);
    const at = starts.length > 0 ? random.pick(starts) : 0;
    const huge = encodeVarint(random.int(out.byteLength, 0xffffffff));
    return Buffer.concat([out.subarray(0, at + 1), huge, out.subarray(at + 2)]);
  },
  "bad varint": (base, random) => {
    // Eleven or more continuation bytes: no valid varint is that long.
    const run = Buffer.alloc(random.int(10, 40), 0xff);
    const tag = random.pick([0x08, 0x18, 0x0a, 0x12]);
    return Buffer.concat([
      base.subarray(0, random.int(0, base.byteLength)),
      Buffer.from([tag]),
      run,
    ]);
  },
  "bad wire type": (base, random) =>
    Buffer.concat([base, Buffer.from([(random.int(1, 30) << 3) | random.pick([3, 4, 6, 7])])]),
  "group without end": (base, random) =>
    Buffer.concat([Buffer.from([(random.int(5, 15) << 3) | 3]), base]),
  "duplicated slice": (base, random) => {
    const from = random.int(0, base.byteLength - 1);
    const slice = base.subarray(from, from + random.int(1, 32));
    const at = random.int(0, base.byteLength);
    return Buffer.concat([base.subarray(0, at), slice, base.subarray(at)]);
  },
  garbage: (_base, random) => random.bytes(random.int(0, 512)),
  "empty message": () => Buffer.alloc(0),
};

/** Returns a Predict call whose one frame holds a mutated or garbage PredictRequest. */
export function makeProtobufCase(random: FuzzRandom): FuzzCase {
  const name = random.pick(Object.keys(MUTATIONS));
  const mutate = MUTATIONS[name];
  if (mutate === undefined) {
    throw new Error(`no mutation ${name}`);
  }
  const message = mutate(random.pick(baseRequests()), random);
  const framed = frameMessage(message);
  if (random.chance(0.2)) {
    const text = Buffer.from(framed.toString("base64"));
    return {
      family: "protobuf",
      name: `${name} (text mode)`,
      method: "POST",
      path: PREDICT_PATH,
      headers: grpcWebHeaders(text.byteLength, true),
      body: [text],
    };
  }
  return binaryCase("protobuf", name, framed);
}
