import { createServer } from "node:http";
import { chromium } from "@playwright/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServing } from "../serving/start";
import { startGateway } from "./start";
import { frame } from "./testing/grpc-web-fetch";
import { encodeAddRequest, loadMsServiceSchema } from "./testing/ms-service-registry";
import type { RunningServing } from "../serving/start";
import type { RunningGateway } from "./start";
import type { Browser, Page } from "@playwright/test";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";

interface PageCall {
  httpStatus: number;
  grpcStatus: string | null;
  grpcMessage: string | null;
  trailerText: string;
}

// What only a browser enforces: the preflight, and which response headers a page may read.
describe("gateway CORS in Chromium", () => {
  const body = [...frame(encodeAddRequest(loadMsServiceSchema("1.3"), [1, 2, 3, 4], [1, 1, 1, 1]))];
  let site: Server;
  let origin: string;
  let serving: RunningServing;
  let gateway: RunningGateway;
  let browser: Browser;
  let page: Page;
  let predict: string;
  beforeAll(async () => {
    site = createServer((_req, res) => res.end("<!doctype html><title>app</title>"));
    await new Promise<void>((resolve) => site.listen(0, "127.0.0.1", resolve));
    origin = `http://localhost:${(site.address() as AddressInfo).port}`;
    serving = await startServing({ port: 0, quiet: true });
    gateway = await startGateway({
      listen: "127.0.0.1:0",
      upstream: serving.address,
      allowOrigins: [origin],
      quiet: true,
    });
    predict = `http://localhost:${gateway.port}/mindspore.serving.proto.MSService/Predict`;
    browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox"],
    });
    page = await browser.newPage();
    await page.goto(origin);
  });
  afterAll(async () => {
    await browser?.close();
    await gateway?.close();
    await serving?.close();
    site?.close();
  });

  /** Calls Predict from the page the way a gRPC-Web client does (a preflighted request). */
  const callFromPage = (target: Page, url: string) =>
    target.evaluate(
      async ({ url, body }): Promise<PageCall> => {
        const response = await fetch(url, {
          method: "POST",
          headers: {
            "content-type": "application/grpc-web+proto",
            "x-grpc-web": "1",
            "x-user-agent": "grpc-web-javascript/0.1",
            "grpc-timeout": "10S",
          },
          body: new Uint8Array(body),
        });
        const bytes = new Uint8Array(await response.arrayBuffer());
        return {
          httpStatus: response.status,
          grpcStatus: response.headers.get("grpc-status"),
          grpcMessage: response.headers.get("grpc-message"),
          trailerText: new TextDecoder().decode(bytes.subarray(bytes.length - 40)),
        };
      },
      { url, body },
    );

  it("lets an allowed page call and read the reply and its trailer frame", async () => {
    const call = await callFromPage(page, predict);
    expect(call.httpStatus).toBe(200);
    expect(call.trailerText).toContain("grpc-status:0\r\n");
  });

  it("keeps another origin's page from calling at all", async () => {
    const other = await browser.newPage();
    await other.goto(origin.replace("localhost", "127.0.0.1"));
    await expect(callFromPage(other, predict)).rejects.toThrow(/Failed to fetch/);
    await other.close();
  });

  it("exposes grpc-status and grpc-message of a trailers-only error to the page", async () => {
    await serving.close();
    const call = await callFromPage(page, predict);
    expect(call.grpcStatus).toBe("14");
    expect(call.grpcMessage).toContain(`upstream ${serving.address} unavailable`);
  });
});
