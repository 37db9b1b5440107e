import { Code, createClient } from "@connectrpc/connect";
import { createGrpcWebTransport } from "@connectrpc/connect-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServing } from "../serving/start";
import { startGateway } from "./start";
import { frame, postGrpcWeb } from "./testing/grpc-web-fetch";
import {
  buildAddRequest,
  encodeAddRequest,
  loadMsServiceSchema,
  readAddOutput,
  readAddReply,
} from "./testing/ms-service-registry";
import type { RunningServing } from "../serving/start";
import type { RunningGateway } from "./start";
import type { DescService, Message } from "@bufbuild/protobuf";

/** The one method of MSService; the service comes from a descriptor, so it is typed here by hand. */
interface PredictClient {
  predict(request: Message): Promise<Message>;
}

function createPredictClient(service: DescService, baseUrl: string): PredictClient {
  const transport = createGrpcWebTransport({ baseUrl, httpVersion: "1.1" });
  return createClient(service, transport) as unknown as PredictClient;
}

// connect-es shares no code with src/serving or the gateway, so agreement here is not an
// agreement of one implementation with itself.
describe.each(["1.3", "1.2"] as const)(
  "connect-es and a bare fetch client through the gateway, wire %s",
  (wire) => {
    const schema = loadMsServiceSchema(wire);
    let serving: RunningServing;
    let gateway: RunningGateway;
    let client: PredictClient;
    beforeAll(async () => {
      serving = await startServing({ port: 0, wire, quiet: true });
      gateway = await startGateway({
        listen: "127.0.0.1:0",
        upstream: serving.address,
        quiet: true,
      });
      client = createPredictClient(schema.service, gateway.url);
    });
    afterAll(async () => {
      await gateway?.close();
      await serving?.close();
    });

    it("binary mode: connect-es calls Predict", async () => {
      const reply = await client.predict(
        buildAddRequest(schema, [1, 2, 3, 4], [0.5, 0.5, 0.5, 0.5]),
      );
      expect(readAddReply(reply)).toEqual([1.5, 2.5, 3.5, 4.5]);
    });

    it("binary mode: connect-es reads a trailers-only UNAVAILABLE naming the upstream", async () => {
      // Nothing listens on port 1, so the gateway answers with its own trailers-only error.
      const orphan = await startGateway({
        listen: "127.0.0.1:0",
        upstream: "127.0.0.1:1",
        quiet: true,
      });
      try {
        const unreachable = createPredictClient(schema.service, orphan.url);
        const call = unreachable.predict(buildAddRequest(schema, [1, 2, 3, 4], [1, 2, 3, 4]));
        await expect(call).rejects.toMatchObject({
          code: Code.Unavailable,
          rawMessage: expect.stringContaining("upstream 127.0.0.1:1 unavailable"),
        });
      } finally {
        await orphan.close();
      }
    });

    it("text mode: base64 request, base64 reply with data and trailer frames", async () => {
      const body = Buffer.from(
        frame(encodeAddRequest(schema, [1, 1, 1, 1], [2, 3, 4, 5])),
      ).toString("base64");
      const reply = await postGrpcWeb(
        `${gateway.url}/mindspore.serving.proto.MSService/Predict`,
        body,
        {
          "content-type": "application/grpc-web-text",
          accept: "application/grpc-web-text",
        },
      );
      expect(reply.headers.get("content-type")).toBe("application/grpc-web-text+proto");
      expect(reply.grpcStatus).toBe(0);
      expect(reply.trailers["grpc-status"]).toBe("0");
      expect(readAddOutput(schema, reply.messages[0]!)).toEqual([3, 4, 5, 6]);
    });

    it("text mode: a request sent as two separately padded base64 chunks", async () => {
      const bytes = Buffer.from(frame(encodeAddRequest(schema, [1, 1, 1, 1], [1, 1, 1, 1])));
      const body = bytes.subarray(0, 7).toString("base64") + bytes.subarray(7).toString("base64");
      expect(body.indexOf("=")).toBeLessThan(body.length - 4);
      const reply = await postGrpcWeb(
        `${gateway.url}/mindspore.serving.proto.MSService/Predict`,
        body,
        {
          "content-type": "application/grpc-web-text+proto",
        },
      );
      expect(readAddOutput(schema, reply.messages[0]!)).toEqual([2, 2, 2, 2]);
    });
  },
);
