/**
 * Hostile headers, methods and paths around an otherwise valid call: bad content types and
 * timeouts, compression (including a gzip bomb), hop-by-hop and cookie headers, huge headers,
 * foreign Host values, and paths that climb out of the route with `..` or its escapes.
 */
import { gzipSync } from "node:zlib";
import { encodeFrame } from "../../server/gateway/frames";
import { encodeGoodRequest, frameMessage, grpcWebHeaders, PREDICT_PATH } from "./fuzz-case";
import type { FuzzCase } from "./fuzz-case";
import type { FuzzRandom } from "./fuzz-random";

const bombs = new Map<number, Buffer>();

/** Returns a gzip stream of `inflated` zero bytes (about a thousandth of that size), made once per size. */
function gzipBomb(inflated: number): Buffer {
  let bomb = bombs.get(inflated);
  if (!bomb) {
    bomb = gzipSync(Buffer.alloc(inflated), { level: 9 });
    bombs.set(inflated, bomb);
  }
  return bomb;
}

type HeaderMaker = (random: FuzzRandom, frame: Buffer) => Partial<FuzzCase>;

type Headers = Record<string, string>;

const MSSERVICE = "/mindspore.serving.proto.MSService";

const MAKERS: Record<string, HeaderMaker> = {
  "bad content-type": (random) => ({
    headers: {
      "content-type": random.pick([
        "application/json",
        "text/plain",
        "application/grpc",
        "application/grpc-web+json",
        "application/grpc-web-textual",
        "",
        "application/grpc-web; charset=utf-8; x=" + "y".repeat(random.int(1, 4000)),
        "multipart/form-data; boundary=x",
      ]),
    },
  }),
  "bad grpc-timeout": (random) => ({
    headers: {
      "grpc-timeout": random.pick([
        "0n",
        "1n",
        "1u",
        "-1S",
        "abc",
        "1H",
        "99999999H",
        "100000000S",
        "1.5S",
        "",
        "9".repeat(random.int(9, 200)) + "m",
      ]),
    },
  }),
  "gzip message": (_random, frame) => {
    const message = gzipSync(frame.subarray(5));
    return { headers: { "grpc-encoding": "gzip" }, body: [encodeFrame(1, message)] };
  },
  // Issue: a small compressed message that inflates to hundreds of megabytes in Serving.
  "gzip bomb": (random) => {
    const bomb = gzipBomb(random.pick([16, 64, 256]) << 20);
    return { headers: { "grpc-encoding": "gzip" }, body: [encodeFrame(1, bomb)] };
  },
  "unknown grpc-encoding": (random, frame) => ({
    headers: { "grpc-encoding": random.pick(["snappy", "br", "zstd", "x-custom", "identity"]) },
    body: [encodeFrame(1, frame.subarray(5))],
  }),
  "gzip garbage": (random) => ({
    headers: { "grpc-encoding": random.pick(["gzip", "deflate"]) },
    body: [encodeFrame(1, random.bytes(random.int(1, 2048)))],
  }),
  "hop-by-hop headers": (random) => ({
    headers: random.pick<Headers>([
      { connection: "keep-alive, x-secret", "x-secret": "hidden", "keep-alive": "timeout=5" },
      { connection: "close, x-a, x-b", "x-a": "1", "x-b": "2" },
      { "proxy-connection": "keep-alive", te: "gzip", "proxy-authorization": "Basic eDp5" },
      { connection: "upgrade", upgrade: "h2c", "http2-settings": "AAMAAABkAAQAAP__" },
      { cookie: "session=secret; token=abc", "set-cookie": "a=b" },
      { te: "trailers", trailer: "grpc-status" },
    ]),
  }),
  "content-length and chunked": (_random, frame) => ({
    headers: { "transfer-encoding": "chunked", "content-length": String(frame.byteLength) },
  }),
  "huge header": (random) => ({
    headers: { [`x-big-${random.int(0, 9)}`]: "v".repeat(random.int(4000, 70000)) },
  }),
  "many headers": (random) => ({
    headers: Object.fromEntries(
      Array.from({ length: random.int(50, 400) }, (_, i) => [`x-h${i}`, String(i)]),
    ),
  }),
  "binary metadata": (random) => ({
    headers: {
      [random.pick(["x-data-bin", "grpc-status-details-bin", "x-bin"])]: random.pick([
        "!!!not base64!!!",
        "QUJD",
        "=".repeat(random.int(1, 100)),
      ]),
    },
  }),
  "reserved metadata": (random) => ({
    headers: random.pick<Headers>([
      { "grpc-status": "0", "grpc-message": "forged" },
      { "grpc-accept-encoding": "gzip,zstd,bogus" },
      { "user-agent": "\t".repeat(3) + "x" },
      { authorization: `Bearer ${"t".repeat(random.int(1, 8000))}` },
    ]),
  }),
  "foreign host": (random) => ({
    headers: {
      host: random.pick([
        "evil.example",
        "evil.example:8080",
        "localhost.evil.example",
        "127.0.0.1.nip.io",
        "[::2]:80",
        "",
        "a".repeat(random.int(256, 4000)),
      ]),
    },
  }),
  "odd path": (random) => ({
    path: random.pick([
      `${MSSERVICE}/../MSService/Predict`,
      `${MSSERVICE}/%2e%2e/%2e%2e/etc/passwd`,
      `${MSSERVICE}/%2E%2E/Predict`,
      `${MSSERVICE}/Predict/`,
      `${MSSERVICE}//Predict`,
      `${MSSERVICE}/./Predict`,
      `${MSSERVICE}/predict`,
      `${MSSERVICE}/Other`,
      `${MSSERVICE}/`,
      `${MSSERVICE}/Predict%00`,
      `${MSSERVICE}/Predict;x=1`,
      `${PREDICT_PATH}?gateway=http://evil.example`,
      `/%6dindspore.serving.proto.MSService/Predict`,
      `/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo`,
      "/",
      "*",
    ]),
  }),
  "other method": (random) => ({
    method: random.pick(["GET", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE", "FOO"]),
    headers: random.chance(0.5)
      ? ({ origin: "http://evil.example", "access-control-request-method": "POST" } as Headers)
      : {},
  }),
};

/** Returns a Predict call with one kind of hostile header, method or path. */
export function makeHeaderCase(random: FuzzRandom): FuzzCase {
  const name = random.pick(Object.keys(MAKERS));
  const make = MAKERS[name];
  if (make === undefined) {
    throw new Error(`no header maker ${name}`);
  }
  const frame = frameMessage(encodeGoodRequest(random.pick(["1.3", "1.2"] as const)));
  const change = make(random, frame);
  const body = change.body ?? [frame];
  const length = body.reduce((sum, piece) => sum + piece.byteLength, 0);
  const headers = { ...grpcWebHeaders(length), ...change.headers };
  if ("trailer" in headers) {
    // Node sends a Trailer header only with a chunked body.
    delete headers["content-length"];
  }
  return {
    family: "headers",
    name,
    method: change.method ?? "POST",
    path: change.path ?? PREDICT_PATH,
    headers,
    body,
  };
}
