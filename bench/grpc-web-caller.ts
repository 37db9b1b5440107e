import { Agent, request } from "node:http";
import { encodeFrame } from "../server/gateway/frames";
import { msServiceDefinition } from "../server/serving/predict-service";
import { readGrpcWebReply } from "./fuzz/read-grpc-web-reply";
import type { Call } from "./latency-stats";

/** A call answered with a gRPC status other than OK (undefined when the reply carried none). */
export class GrpcWebCallError extends Error {
  override name = "GrpcWebCallError";
  constructor(
    readonly grpcStatus: number | undefined,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Returns a Call that posts `body` to Predict at gateway `url` in gRPC-Web binary or text mode;
 * it rejects with GrpcWebCallError on a gRPC status other than OK.
 */
export function createGrpcWebCall(url: string, body: Buffer, text: boolean): Call {
  const agent = new Agent({ keepAlive: true, maxSockets: 16 });
  const framed = encodeFrame(0, body);
  const payload = text ? Buffer.from(framed.toString("base64")) : framed;
  const headers = {
    "content-type": text ? "application/grpc-web-text" : "application/grpc-web+proto",
    "x-grpc-web": "1",
    "content-length": String(payload.byteLength),
  };
  const target = `${url}${msServiceDefinition.Predict.path}`;
  return () =>
    new Promise((resolve, reject) => {
      const req = request(target, { method: "POST", agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const headerStatus = res.headers["grpc-status"];
          // Text replies are base64 blocks, each padded on its own (data frames, then trailers).
          const reply = readGrpcWebReply(
            Buffer.concat(chunks),
            text ? "application/grpc-web-text" : "application/grpc-web+proto",
            typeof headerStatus === "string" ? headerStatus : undefined,
            String(res.headers["grpc-message"] ?? ""),
          );
          // A trailers-only reply (always a failure here) carries grpc-status in its headers; a full
          // reply ends with a trailer frame that must say grpc-status:0.
          if (reply.problem !== undefined) {
            reject(new GrpcWebCallError(undefined, `call failed: ${reply.problem}`));
          } else if (headerStatus === undefined && reply.grpcStatus === 0) {
            resolve();
          } else {
            // The message only, from the headers or the trailer frame: never the reply's bytes.
            const message = reply.grpcMessage || `grpc-status ${reply.grpcStatus ?? "missing"}`;
            reject(new GrpcWebCallError(reply.grpcStatus, `call failed: ${message}`));
          }
        });
        res.on("error", reject);
      });
      req.on("error", reject);
      req.end(payload);
    });
}
