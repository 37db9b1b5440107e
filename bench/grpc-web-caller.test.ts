import { createServer } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeFrame } from "../server/gateway/frames";
import { encodeTrailerFrame } from "../server/gateway/trailers";
import { createGrpcWebCall, GrpcWebCallError } from "./grpc-web-caller";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";

let server: Server;
let url: string;
/** The body the next reply carries. */
let replyBody = Buffer.alloc(0);

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.once("end", () => {
      res.writeHead(200, { "content-type": "application/grpc-web+proto" });
      res.end(replyBody);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("createGrpcWebCall", () => {
  it("reports a call cut off after its message by the trailer's status and message alone", async () => {
    replyBody = Buffer.concat([
      encodeFrame(0, Buffer.from("\n\u0006\n\u0003add reply bytes")),
      encodeTrailerFrame({ "grpc-status": "14", "grpc-message": "upstream%20gone" }),
    ]);
    const error = await createGrpcWebCall(url, Buffer.from("x"), false)().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(GrpcWebCallError);
    expect((error as GrpcWebCallError).grpcStatus).toBe(14);
    expect((error as GrpcWebCallError).message).toBe("call failed: upstream gone");
  });

  it("resolves a reply whose trailer says grpc-status 0", async () => {
    replyBody = Buffer.concat([
      encodeFrame(0, Buffer.from("reply")),
      encodeTrailerFrame({ "grpc-status": "0" }),
    ]);
    await expect(createGrpcWebCall(url, Buffer.from("x"), false)()).resolves.toBeUndefined();
  });
});
