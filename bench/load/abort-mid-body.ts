/** A client that gives up mid-upload: half the body written, then the socket destroyed. */
import { request } from "node:http";
import { encodeFrame } from "../../server/gateway/frames";
import { msServiceDefinition } from "../../server/serving/predict-service";

/** Returns a function that posts the first half of `body` framed to Predict at `url`, then cuts the connection. */
export function createAbortingCall(url: string, body: Buffer): () => Promise<void> {
  const framed = encodeFrame(0, body);
  const half = framed.subarray(0, Math.floor(framed.byteLength / 2));
  const target = `${url}${msServiceDefinition.Predict.path}`;
  const headers = {
    "content-type": "application/grpc-web+proto",
    "x-grpc-web": "1",
    "content-length": String(framed.byteLength),
  };
  return () =>
    new Promise((resolve) => {
      const req = request(target, { method: "POST", headers, agent: false });
      // Errors are the point here: the socket is destroyed on purpose.
      req.on("error", () => resolve());
      req.on("close", () => resolve());
      req.write(half, () => req.destroy());
    });
}
