import { request } from "node:http";
import { constants } from "node:http2";
import * as grpc from "@grpc/grpc-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServing } from "../serving/start";
import { startGateway } from "./start";
import { startGatewayProcess } from "./testing/gateway-process";
import { frame, postGrpcWeb } from "./testing/grpc-web-fetch";
import {
  encodeAddRequest,
  loadMsServiceSchema,
  readAddOutput,
} from "./testing/ms-service-registry";
import { exchange, grpcStatusOf, readAnswer } from "./testing/raw-http";
import { startRawUpstream } from "./testing/raw-upstream";
import type { RunningServing } from "../serving/start";
import type { GatewayProcess } from "./testing/gateway-process";
import type { RawAnswer } from "./testing/raw-http";

const PATH = "/mindspore.serving.proto.MSService/Predict";
const MiB = 1024 * 1024;
const schema = loadMsServiceSchema("1.3");
const good = frame(encodeAddRequest(schema, [1, 2, 3, 4], [10, 20, 30, 40]));

async function expectGoodCall(url: string): Promise<void> {
  const reply = await postGrpcWeb(`${url}${PATH}`, good);
  expect(reply.grpcStatus).toBe(0);
  expect(readAddOutput(schema, reply.messages[0] ?? new Uint8Array())).toEqual([11, 22, 33, 44]);
}

/**
 * Starts a POST whose body begins with `head` and then never ends; returns the answer, which
 * the gateway must give while the upload is still open.
 */
function answerWhileUploading(url: string, head: Uint8Array): Promise<RawAnswer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: hostname,
        port,
        path: PATH,
        method: "POST",
        headers: { "content-type": "application/grpc-web" },
        agent: false,
      },
      (response) =>
        readAnswer(response).then((answer) => {
          req.destroy();
          resolve(answer);
        }, reject),
    );
    req.once("error", reject);
    req.write(head);
  });
}

describe("a frame declaring 4 GiB followed by 8 MiB (two POSTs) against the gateway process", () => {
  let serving: RunningServing;
  let gateway: GatewayProcess;
  beforeAll(async () => {
    serving = await startServing({ port: 0, quiet: true });
    gateway = await startGatewayProcess(["--listen", "127.0.0.1:0", "--upstream", serving.address]);
  });
  afterAll(async () => {
    await gateway?.stop();
    await serving?.close();
  });

  it("is refused with RESOURCE_EXHAUSTED naming the limit, twice; good calls still work and memory stays bounded", async () => {
    await expectGoodCall(gateway.url);
    const before = gateway.memory().rss;
    const body = Buffer.concat([Buffer.from([0, 0xff, 0xff, 0xff, 0xff]), Buffer.alloc(8 * MiB)]);
    for (let round = 0; round < 2; round++) {
      const answer = await exchange(gateway.url, {
        path: PATH,
        headers: { "content-type": "application/grpc-web" },
        body,
      });
      expect(answer.status).toBe(200);
      expect(grpcStatusOf(answer)).toEqual({
        status: 8,
        message:
          "frame at offset 0 declares 4294967295 bytes: request body of 4294967300 bytes exceeds the 67108864-byte limit",
      });
    }
    await expectGoodCall(gateway.url);
    expect(gateway.alive()).toBe(true);
    // Each body is discarded as it arrives; before, the gateway grew by hundreds of MB per second.
    expect(gateway.memory().peak - before).toBeLessThan(32 * MiB);
  });
});

describe("an upstream that ends the call while the request is still uploading", () => {
  it("gets its answer to the client at once, and the shared session keeps serving", async () => {
    const server = new grpc.Server({ "grpc.max_receive_message_length": MiB });
    const identity = (bytes: Buffer) => bytes;
    server.addService(
      {
        Predict: {
          path: PATH,
          requestStream: false,
          responseStream: false,
          requestSerialize: identity,
          requestDeserialize: identity,
          responseSerialize: identity,
          responseDeserialize: identity,
        },
      },
      {
        Predict: (call: grpc.ServerUnaryCall<Buffer, Buffer>, done: grpc.sendUnaryData<Buffer>) =>
          done(null, Buffer.from([call.request.byteLength & 0xff])),
      },
    );
    const port = await new Promise<number>((resolve, reject) =>
      server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (error, bound) =>
        error ? reject(error) : resolve(bound),
      ),
    );
    const gateway = await startGateway({
      listen: "127.0.0.1:0",
      upstream: `127.0.0.1:${port}`,
      quiet: true,
    });
    try {
      // 8 MiB declared, 2 MiB sent, the rest never comes: only Serving's refusal can end it.
      const head = Buffer.alloc(5 + 2 * MiB);
      head.writeUInt32BE(8 * MiB, 1);
      for (let round = 0; round < 2; round++) {
        const answer = await answerWhileUploading(gateway.url, head);
        expect(grpcStatusOf(answer).status).toBe(grpc.status.RESOURCE_EXHAUSTED);
        expect(grpcStatusOf(answer).message).toMatch(/larger than max/);
      }
      const reply = await postGrpcWeb(`${gateway.url}${PATH}`, frame(new Uint8Array(3)));
      expect([reply.grpcStatus, [...(reply.messages[0] ?? [])]]).toEqual([0, [3]]);
    } finally {
      await gateway.close();
      server.forceShutdown();
    }
  });

  it("answers UNAVAILABLE at once when the upstream resets the stream, then serves the next call", async () => {
    let refuse = true;
    const upstream = await startRawUpstream((stream) => {
      if (refuse) {
        stream.close(constants.NGHTTP2_REFUSED_STREAM);
        return;
      }
      stream.respond(
        { ":status": 200, "content-type": "application/grpc", "grpc-status": "0" },
        {
          endStream: true,
        },
      );
    });
    const gateway = await startGateway({
      listen: "127.0.0.1:0",
      upstream: upstream.address,
      quiet: true,
    });
    try {
      const head = Buffer.alloc(5 + MiB);
      head.writeUInt32BE(4 * MiB, 1);
      const answer = await answerWhileUploading(gateway.url, head);
      expect(grpcStatusOf(answer).status).toBe(grpc.status.UNAVAILABLE);
      expect(grpcStatusOf(answer).message).toBe(
        `upstream ${upstream.address} unavailable: Stream closed with error code NGHTTP2_REFUSED_STREAM`,
      );
      refuse = false;
      const reply = await postGrpcWeb(`${gateway.url}${PATH}`, frame(new Uint8Array(1)));
      expect(reply.grpcStatus).toBe(0);
    } finally {
      await gateway.close();
      await upstream.close();
    }
  });
});
