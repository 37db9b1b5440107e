import { spawn } from "node:child_process";
import { once } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { frame, postGrpcWeb } from "../server/gateway/testing/grpc-web-fetch";
import {
  encodeAddRequest,
  loadMsServiceSchema,
  readAddOutput,
} from "../server/gateway/testing/ms-service-registry";
import type { ChildProcessWithoutNullStreams } from "node:child_process";

describe("scripts/start.ts with a bad flag", () => {
  it("exits 2 with the reason and the usage line before starting anything", async () => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "scripts/start.ts", "--web-port", "70000", "--serving-port", "0"],
      { stdio: "pipe" },
    );
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    const [code] = await once(child, "exit");
    expect(code).toBe(2);
    expect(err).toBe(
      'start: --web-port must be a port number from 0 to 65535, got "70000"\n' +
        "usage: npm start -- [--dev] [--serving-port 5500] [--rest-port 1500] [--gateway-port 8080] [--web-port 4173]" +
        " [--resnet50-model FILE] [--wire any|1.3|1.2] [--no-envoy]\n",
    );
    expect(out).toBe("");
  });
});

// The real `npm run dev` program on free ports: what it prints, that the chain it starts answers
// a browser-origin call, and that SIGTERM stops everything with exit code 0.
describe("scripts/start.ts --dev", () => {
  let child: ChildProcessWithoutNullStreams;
  let output = "";
  let appUrl: URL;
  beforeAll(async () => {
    // As package.json runs it: one process, so signals reach the program without a relay.
    child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "scripts/start.ts",
        "--dev",
        "--no-envoy",
        ...["--serving-port", "0", "--rest-port", "0", "--gateway-port", "0", "--web-port", "0"],
        ...["--resnet50-model", "../shared/models/mobilenetv2-12-int8.onnx"],
      ],
      // Its own process group, signalled as a whole, as Ctrl+C and Playwright's webServer do.
      { stdio: "pipe", detached: true },
    );
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", () => {
        if (/Serving Console: \S+/.test(output)) {
          resolve();
        }
      });
      child.once("exit", (code) => reject(new Error(`start exited with ${code}:\n${output}`)));
    });
    appUrl = new URL(/Serving Console: (\S+)/.exec(output)?.[1] ?? "");
  });
  afterAll(() => {
    if (child.exitCode === null) {
      process.kill(-child.pid!, "SIGKILL");
    }
  });

  it("serves the app and names the gateway it started in the URL", async () => {
    const page = await fetch(appUrl);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    expect(appUrl.searchParams.get("gateway")).toMatch(/^http:\/\/localhost:\d+$/);
  });

  it("answers a call from the app's origin through the gateway to the stand-in", async () => {
    const schema = loadMsServiceSchema("1.3");
    const gateway = appUrl.searchParams.get("gateway")!;
    const reply = await postGrpcWeb(
      `${gateway}/mindspore.serving.proto.MSService/Predict`,
      frame(encodeAddRequest(schema, [1, 2, 3, 4], [4, 3, 2, 1])),
      { origin: appUrl.origin },
    );
    expect(reply.headers.get("access-control-allow-origin")).toBe(appUrl.origin);
    expect(readAddOutput(schema, reply.messages[0]!)).toEqual([5, 5, 5, 5]);
  });

  it("answers a REST call from the app's origin through the gateway's /model/ route", async () => {
    const gateway = appUrl.searchParams.get("gateway")!;
    const response = await fetch(`${gateway}/model/add:add_common`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: appUrl.origin },
      body: '{"instances":{"x1":[[1.0,2.0],[3.0,4.0]],"x2":[[4.0,3.0],[2.0,1.0]]}}',
    });
    expect(response.headers.get("access-control-allow-origin")).toBe(appUrl.origin);
    expect(await response.text()).toBe('{"instances":[{"y":[[5.0,5.0],[5.0,5.0]]}]}');
  });

  it("stops everything on SIGTERM with exit code 0", async () => {
    const gateway = appUrl.searchParams.get("gateway")!;
    process.kill(-child.pid!, "SIGTERM");
    const [code] = await once(child, "exit");
    expect(code).toBe(0);
    await expect(fetch(appUrl)).rejects.toThrow();
    await expect(fetch(gateway)).rejects.toThrow();
  });
});
