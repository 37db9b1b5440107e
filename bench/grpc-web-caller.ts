import { Agent, request } from "node:http";
import { encodeFrame } from "../server/gateway/frames";
import { decodeBase64Body } from "../server/gateway/text-mode";
import { msServiceDefinition } from "../server/serving/predict-service";
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

/** Returns the grpc-status of a reply: from its headers (trailers-only) or its trailer frame. */
function readGrpcStatus(header: string | string[] | undefined, reply: Buffer): number | undefined {
  const text =
    typeof header === "string"
      ? header
      : /grpc-status:\s*(\d+)/.exec(reply.toString("latin1"))?.[1];
  return text === undefined ? undefined : Number(text);
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
          const raw = Buffer.concat(chunks);
          // Text replies are base64 blocks, each padded on its own (data frames, then trailers).
          const reply = text ? decodeBase64Body(raw) : raw;
          // A trailers-only reply (always a failure here) carries grpc-status in its headers; a full
          // reply ends with a trailer frame that must say grpc-status:0.
          const ok = res.headers["grpc-status"] === undefined && reply.includes("grpc-status:0");
          return ok
            ? resolve()
            : reject(
                new GrpcWebCallError(
                  readGrpcStatus(res.headers["grpc-status"], reply),
                  `call failed: ${res.headers["grpc-message"] ?? reply.toString()}`,
                ),
              );
        });
        res.on("error", reject);
      });
      req.on("error", reject);
      req.end(payload);
    });
}
