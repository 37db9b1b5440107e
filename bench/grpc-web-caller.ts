import { Agent, request } from "node:http";
import { msServiceDefinition } from "../server/serving/predict-service";
import type { Call } from "./latency-stats";

/** Returns `body` behind a gRPC data frame header (flag byte 0, big-endian length). */
function frame(body: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head.writeUInt32BE(body.byteLength, 1);
  return Buffer.concat([head, body]);
}

/** Returns the bytes of a grpc-web-text reply. */
function decodeTextReply(body: Buffer): Buffer {
  // Text replies are base64 blocks, each padded on its own (data frames, then trailers).
  const blocks = body.toString().match(/[^=]+=*/g) ?? [];
  return Buffer.concat(blocks.map((b) => Buffer.from(b, "base64")));
}

/** Returns a Call that posts `body` to Predict at gateway `url` in gRPC-Web binary or text mode. */
export function createGrpcWebCall(url: string, body: Buffer, text: boolean): Call {
  const agent = new Agent({ keepAlive: true, maxSockets: 16 });
  const payload = text ? Buffer.from(frame(body).toString("base64")) : frame(body);
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
          const reply = text ? decodeTextReply(raw) : raw;
          // A trailers-only reply (always a failure here) carries grpc-status in its headers; a full
          // reply ends with a trailer frame that must say grpc-status:0.
          const ok = res.headers["grpc-status"] === undefined && reply.includes("grpc-status:0");
          return ok
            ? resolve()
            : reject(new Error(`call failed: ${res.headers["grpc-message"] ?? reply.toString()}`));
        });
        res.on("error", reject);
      });
      req.on("error", reject);
      req.end(payload);
    });
}
