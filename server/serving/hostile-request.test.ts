import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import * as http2 from "node:http2";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createGzip, createDeflate } from "node:zlib";
import * as grpc from "@grpc/grpc-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as wire13 from "../../protocol/generated/serving-1.3/ms_service";
import { describeUnsupportedEncoding } from "./accept-identity-only";
import { msServiceDefinition } from "./predict-service";
import { startServing, type RunningServing } from "./start";

const PATH = msServiceDefinition.Predict.path;
const MiB = 1024 * 1024;
let servablesDir: string;
let serving: RunningServing;

/** Sends raw bytes to Predict; resolves with the raw reply or rejects with the gRPC error. */
function call(bytes: Uint8Array): Promise<Buffer> {
  const client = new grpc.Client(serving.address, grpc.credentials.createInsecure());
  const pass = (b: Buffer) => b;
  return new Promise<Buffer>((resolve, reject) =>
    client.makeUnaryRequest(PATH, pass, pass, Buffer.from(bytes), (error, reply) => {
      if (error) {
        reject(error);
      } else {
        resolve(reply ?? Buffer.alloc(0));
      }
    }),
  ).finally(() => client.close());
}

function addRequest(k: number): Uint8Array {
  const tensor = new wire13.Tensor({
    shape: new wire13.TensorShape({ dims: [2, 2] }),
    dtype: wire13.DataType.MS_FLOAT32,
    data: new Uint8Array(new Float32Array(4).fill(k).buffer),
  });
  return new wire13.PredictRequest({
    servable_spec: new wire13.ServableSpec({ name: "add", method_name: "add_common" }),
    instances: [
      new wire13.Instance({
        items: new Map([
          ["x1", tensor],
          ["x2", tensor],
        ]),
      }),
    ],
  }).serializeBinary();
}

async function addCommon(k: number): Promise<number | undefined> {
  const reply = wire13.PredictReply.deserializeBinary(await call(addRequest(k)));
  const y = reply.instances[0]?.items.get("y");
  return y ? new Float32Array(y.data.slice().buffer)[0] : undefined;
}

/** `total` bytes of zeros compressed as a stream, so the inflated form never exists here. */
async function compressedZeros(kind: "gzip" | "deflate", total: number): Promise<Buffer> {
  const compressor = kind === "gzip" ? createGzip({ level: 9 }) : createDeflate({ level: 9 });
  const chunks: Buffer[] = [];
  compressor.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    compressor.on("end", resolve);
    compressor.on("error", reject);
  });
  const zeros = Buffer.alloc(MiB);
  for (let written = 0; written < total; written += zeros.length) {
    if (!compressor.write(zeros)) {
      await new Promise((resolve) => compressor.once("drain", resolve));
    }
  }
  compressor.end();
  await done;
  return Buffer.concat(chunks);
}

interface RawOutcome {
  status: string | undefined;
  message: string | undefined;
}

/** Sends one gRPC frame over a raw HTTP/2 stream and returns the grpc-status and message it gets. */
function sendRawFrame(
  payload: Buffer,
  compressedFlag: 0 | 1,
  headers: http2.OutgoingHttpHeaders,
): Promise<RawOutcome> {
  const session = http2.connect(`http://${serving.address}`);
  return new Promise<RawOutcome>((resolve, reject) => {
    session.on("error", reject);
    const stream = session.request({
      ":method": "POST",
      ":path": PATH,
      "content-type": "application/grpc",
      te: "trailers",
      ...headers,
    });
    const seen: http2.IncomingHttpHeaders = {};
    stream.on("response", (h) => Object.assign(seen, h));
    stream.on("trailers", (h) => Object.assign(seen, h));
    stream.on("error", () => undefined);
    stream.resume();
    stream.on("close", () => {
      const message = seen["grpc-message"];
      resolve({
        status: seen["grpc-status"] as string | undefined,
        message: typeof message === "string" ? decodeURIComponent(message) : undefined,
      });
    });
    const head = Buffer.alloc(5);
    head.writeUInt8(compressedFlag, 0);
    head.writeUInt32BE(payload.length, 1);
    stream.end(Buffer.concat([head, payload]));
  }).finally(() => session.close());
}

beforeAll(async () => {
  servablesDir = mkdtempSync(join(tmpdir(), "servables-add-"));
  mkdirSync(join(servablesDir, "add", "1"), { recursive: true });
  writeFileSync(
    join(servablesDir, "add", "servable_config.json"),
    JSON.stringify({ kind: "tensor-add", model: "add.onnx" }),
  );
  copyFileSync(
    new URL("../servables/add/1/add.onnx", import.meta.url),
    join(servablesDir, "add", "1", "add.onnx"),
  );
  // The default limit (512 MiB) is above the bomb's inflated size, as in `npm run serving`.
  serving = await startServing({ port: 0, quiet: true, servablesDir });
});

afterAll(async () => {
  await serving.close();
  rmSync(servablesDir, { recursive: true, force: true });
});

describe("the stand-in Serving given hostile requests", () => {
  it("refuses fields that claim more bytes than remain with INVALID_ARGUMENT, serving others meanwhile", async () => {
    const attacks = ["0affffffff0f", "0affffffff07"].map((hex) =>
      call(Buffer.from(hex, "hex")).then(
        () => undefined,
        (error: grpc.ServiceError) => ({ code: error.code, details: error.details }),
      ),
    );
    const [good, first, second] = await Promise.all([addCommon(3), ...attacks]);
    expect(good).toBe(6);
    expect(first).toEqual({
      code: grpc.status.INVALID_ARGUMENT,
      details:
        "Cannot parse PredictRequest: field 1 of PredictRequest claims 4294967295 bytes but only 0 remain (at byte 1 of 6)",
    });
    expect(second).toEqual({
      code: grpc.status.INVALID_ARGUMENT,
      details:
        "Cannot parse PredictRequest: field 1 of PredictRequest claims 2147483647 bytes but only 0 remain (at byte 1 of 6)",
    });
    expect(await addCommon(4)).toBe(8);
  });

  it("refuses a gzip bomb (about 400 KB inflating to 400 MiB) with UNIMPLEMENTED, never inflating it", async () => {
    const bomb = await compressedZeros("gzip", 400 * MiB);
    expect(bomb.length).toBeLessThan(1 * MiB);
    const rssBefore = process.memoryUsage.rss();
    const outcomes = await Promise.all(
      [1, 2, 3].map(() => sendRawFrame(bomb, 1, { "grpc-encoding": "gzip" })),
    );
    const rssGrowth = process.memoryUsage.rss() - rssBefore;
    for (const outcome of outcomes) {
      expect(outcome).toEqual({
        status: String(grpc.status.UNIMPLEMENTED),
        message: describeUnsupportedEncoding("gzip"),
      });
    }
    expect(rssGrowth).toBeLessThan(100 * MiB);
    expect(await addCommon(1)).toBe(2);
  });

  it("refuses a gRPC client that compresses its messages with gzip", async () => {
    const client = new grpc.Client(serving.address, grpc.credentials.createInsecure(), {
      "grpc.default_compression_algorithm": grpc.compressionAlgorithms.gzip,
    });
    const pass = (b: Buffer) => b;
    const error = await new Promise<grpc.ServiceError | null>((resolve) =>
      client.makeUnaryRequest(PATH, pass, pass, Buffer.from(addRequest(1)), (e) => resolve(e)),
    ).finally(() => client.close());
    expect(error).toMatchObject({
      code: grpc.status.UNIMPLEMENTED,
      details: describeUnsupportedEncoding("gzip"),
    });
  });

  it("refuses deflate and unknown encodings the same way", async () => {
    const small = await compressedZeros("deflate", MiB);
    for (const encoding of ["deflate", "br", "gzip\u00e9", "x".repeat(8000)]) {
      expect(await sendRawFrame(small, 1, { "grpc-encoding": encoding })).toEqual({
        status: String(grpc.status.UNIMPLEMENTED),
        message: describeUnsupportedEncoding(encoding),
      });
    }
  });

  it("reads a frame flagged compressed without grpc-encoding as it is, so it fails to parse", async () => {
    const bomb = await compressedZeros("gzip", 8 * MiB);
    const outcome = await sendRawFrame(bomb, 1, {});
    expect(outcome.status).toBe(String(grpc.status.INVALID_ARGUMENT));
    expect(outcome.message).toMatch(/^Cannot parse PredictRequest: /);
  });

  it("still answers identity calls that say so", async () => {
    const outcome = await sendRawFrame(Buffer.from(addRequest(2)), 0, {
      "grpc-encoding": "identity",
    });
    expect(outcome.status).toBe("0");
  });
});
