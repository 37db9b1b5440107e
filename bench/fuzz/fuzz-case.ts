/** One hostile request: what the fuzz sends, and the valid messages it starts from. */
import { buildRequest } from "../../protocol/wire-layouts";
import { encodeFrame } from "../../server/gateway/frames";
import type { WireInstance, WireTensor } from "../../protocol/wire-tensor";
import type { WireVersion } from "../../protocol/wire-version";

/** The kind of attack a case belongs to. */
export type CaseFamily = "frames" | "protobuf" | "headers" | "text";

/** A request sent as written: path and headers untouched, the body in the given pieces. */
export interface FuzzCase {
  family: CaseFamily;
  /** What was done, e.g. "huge declared length"; cases are counted by it. */
  name: string;
  method: string;
  path: string;
  /** Sent as given; without a `host` entry the gateway's own address is sent as Host. */
  headers: Record<string, string | string[]>;
  /** Written one after another; without a content-length header the body goes chunked. */
  body: Buffer[];
}

/** The only path the gateway routes. */
export const PREDICT_PATH = "/mindspore.serving.proto.MSService/Predict";

const float32 = (values: number[]): WireTensor => ({
  dtype: 11,
  dims: [2, 2],
  data: new Uint8Array(new Float32Array(values).buffer),
  bytesVal: [],
});

/** The add_common instance of every good call: x1 = [1, 2, 3, 4], x2 = [5, 6, 7, 8]. */
export const GOOD_INSTANCE: WireInstance = [
  ["x1", float32([1, 2, 3, 4])],
  ["x2", float32([5, 6, 7, 8])],
];

/** What add_common answers for GOOD_INSTANCE. */
export const GOOD_SUM = [6, 8, 10, 12];

const goodRequests = new Map<WireVersion, Buffer>();

/** Returns a valid add_common PredictRequest in the given wire layout (one shared buffer: copy before changing it). */
export function encodeGoodRequest(wire: WireVersion): Buffer {
  let request = goodRequests.get(wire);
  if (!request) {
    const spec = { name: "add", methodName: "add_common", version: 0 };
    request = Buffer.from(buildRequest(wire, spec, [GOOD_INSTANCE]));
    goodRequests.set(wire, request);
  }
  return request;
}

let bases: Buffer[] | undefined;

/** Valid requests of both wire layouts that mutations start from (shared buffers: copy before changing them). */
export function baseRequests(): Buffer[] {
  bases ??= encodeBaseRequests();
  return bases;
}

function encodeBaseRequests(): Buffer[] {
  const text: WireTensor = {
    dtype: 13,
    dims: [1],
    data: new Uint8Array(),
    bytesVal: [Buffer.from("hello")],
  };
  const ints: WireTensor = {
    dtype: 6,
    dims: [2, 2],
    data: new Uint8Array(new Int32Array([1, 2, 3, 4]).buffer),
    bytesVal: [],
  };
  const requests: Buffer[] = [];
  for (const wire of ["1.3", "1.2"] as const) {
    requests.push(encodeGoodRequest(wire));
    const cast = { name: "add", methodName: "add_cast", version: 1 };
    const twoInstances: WireInstance[] = [
      [
        ["x1", ints],
        ["x2", ints],
      ],
      [
        ["x1", text],
        ["x2", ints],
      ],
    ];
    requests.push(Buffer.from(buildRequest(wire, cast, twoInstances)));
  }
  return requests;
}

/** Headers of a well-formed gRPC-Web call carrying `bodyBytes` bytes. */
export function grpcWebHeaders(bodyBytes: number, text = false): Record<string, string | string[]> {
  return {
    "content-type": text ? "application/grpc-web-text" : "application/grpc-web+proto",
    "x-grpc-web": "1",
    "content-length": String(bodyBytes),
  };
}

/** Returns a binary-mode Predict case whose body is `body` in one piece. */
export function binaryCase(family: CaseFamily, name: string, body: Buffer): FuzzCase {
  return {
    family,
    name,
    method: "POST",
    path: PREDICT_PATH,
    headers: grpcWebHeaders(body.byteLength),
    body: [body],
  };
}

/** Returns `message` in one uncompressed gRPC-Web frame. */
export function frameMessage(message: Uint8Array): Buffer {
  return encodeFrame(0, message);
}
