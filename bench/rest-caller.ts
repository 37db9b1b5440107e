import { Agent as HttpAgent, request as httpRequest } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import type { Call } from "./latency-stats";

/** Returns a Call that POSTs `body` to `url` over one keep-alive agent and rejects unless the reply is instances. */
export function createRestCall(url: string, body: string, tls?: { ca: Buffer }): Call {
  const target = new URL(url);
  const secure = target.protocol === "https:";
  const agent = secure
    ? new HttpsAgent({ keepAlive: true, ca: tls?.ca })
    : new HttpAgent({ keepAlive: true });
  const send = secure ? httpsRequest : httpRequest;
  const payload = Buffer.from(body);
  return () =>
    new Promise<void>((resolve, reject) => {
      const req = send(
        {
          host: target.hostname,
          port: target.port,
          path: `${target.pathname}${target.search}`,
          method: "POST",
          agent,
          headers: { "content-type": "application/json", "content-length": payload.byteLength },
        },
        (res) => {
          let text = "";
          res.on("data", (chunk: Buffer) => (text += chunk.toString()));
          res.on("end", () =>
            text.startsWith('{"instances":') ? resolve() : reject(new Error(text.slice(0, 200))),
          );
          res.on("error", reject);
        },
      );
      req.on("error", reject);
      req.end(payload);
    });
}
