import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, request, type IncomingHttpHeaders, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import * as wire13 from "../../protocol/generated/serving-1.3/ms_service";
import { startServing, type RunningServing } from "../serving/start";
import {
  makeTestCertificates,
  type TestCertificates,
} from "../serving/tls/testing/make-test-certificates";
import { DEFAULT_CONFIG, startGateway, type RunningGateway } from "./start";
import { frame, postGrpcWeb } from "./testing/grpc-web-fetch";

const ORIGIN = "http://localhost:4173";
const ADD_BODY = '{"instances":{"x1":[[1.0,2.0],[3.0,4.0]],"x2":[[1.0,2.0],[3.0,4.0]]}}';
const ADD_REPLY = '{"instances":[{"y":[[2.0,4.0],[6.0,8.0]]}]}';

let work: string;
let servablesDir: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "gateway-rest-"));
  servablesDir = join(work, "servables");
  mkdirSync(join(servablesDir, "add", "1"), { recursive: true });
  writeFileSync(
    join(servablesDir, "add", "servable_config.json"),
    JSON.stringify({ kind: "tensor-add", model: "add.onnx" }),
  );
  copyFileSync(
    new URL("../servables/add/1/add.onnx", import.meta.url),
    join(servablesDir, "add", "1", "add.onnx"),
  );
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Writes a copy of an Envoy config with `edit` applied to its YAML document; returns its path. */
function writeConfig(
  source: string,
  name: string,
  edit: (doc: ReturnType<typeof parseDocument>) => void,
): string {
  const doc = parseDocument(readFileSync(source, "utf8"));
  edit(doc);
  const file = join(work, name);
  writeFileSync(file, doc.toString());
  return file;
}

const postRest = (url: string, body: string, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: "POST",
    body,
    headers: { "content-type": "application/json", origin: ORIGIN, ...headers },
  });

describe("the gateway's REST route to the stand-in Serving", () => {
  let serving: RunningServing;
  let gateway: RunningGateway;
  beforeAll(async () => {
    serving = await startServing({ port: 0, restPort: 0, quiet: true, servablesDir });
    gateway = await startGateway({
      listen: "127.0.0.1:0",
      upstream: serving.address,
      restUpstream: `127.0.0.1:${serving.restPort}`,
      quiet: true,
    });
  });
  afterAll(async () => {
    await gateway.close();
    await serving.close();
  });

  it("forwards /model/ to the REST port and answers with the CORS policy of envoy.yaml", async () => {
    const response = await postRest(`${gateway.url}/model/add:add_common`, ADD_BODY);
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(await response.text()).toBe(ADD_REPLY);
  });

  it("answers a REST preflight from an allowed origin, and refuses one from another", async () => {
    const preflight = (origin: string) =>
      fetch(`${gateway.url}/model/add:add_common`, {
        method: "OPTIONS",
        headers: {
          origin,
          "access-control-request-method": "POST",
          "access-control-request-headers": "content-type",
        },
      });
    const allowed = await preflight(ORIGIN);
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get("access-control-allow-methods")).toContain("POST");
    expect(allowed.headers.get("access-control-allow-headers")).toContain("content-type");
    expect((await preflight("http://evil.example")).status).toBe(403);
  });

  it("still forwards gRPC-Web beside it", async () => {
    const request = new wire13.PredictRequest({
      servable_spec: new wire13.ServableSpec({ name: "add", method_name: "add_common" }),
    }).serializeBinary();
    const reply = await postGrpcWeb(
      `${gateway.url}/mindspore.serving.proto.MSService/Predict`,
      frame(request),
    );
    expect(reply.grpcStatus).toBe(0);
    expect(reply.messages).toHaveLength(1);
  });
});

/** POSTs with a raw request target and headers no fetch would send (Connection, dot segments). */
function rawPost(
  base: string,
  path: string,
  headers: Record<string, string>,
  body: string,
): Promise<{ headers: IncomingHttpHeaders; text: string }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path, method: "POST", headers },
      (res) => {
        let text = "";
        res.on("data", (c: Buffer) => (text += c.toString()));
        res.on("end", () => resolve({ headers: res.headers, text }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

describe("what the REST route passes on", () => {
  let upstream: Server;
  let gateway: RunningGateway;
  const seen: { url: string; headers: IncomingHttpHeaders; body: string }[] = [];
  beforeAll(async () => {
    upstream = createServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString()));
      req.on("end", () => {
        seen.push({ url: req.url ?? "", headers: req.headers, body });
        res
          .writeHead(200, { "content-type": "application/json", "set-cookie": "session=1" })
          .end('{"ok":1}');
      });
    });
    await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
    const port = (upstream.address() as { port: number }).port;
    const small = writeConfig(DEFAULT_CONFIG, "small-limit.yaml", (doc) =>
      doc.setIn(
        [
          ..."static_resources listeners 0 filter_chains 0 filters 0 typed_config route_config virtual_hosts 0"
            .split(" ")
            .map((k) => (/^\d+$/.test(k) ? Number(k) : k)),
          "per_request_buffer_limit_bytes",
        ],
        1024,
      ),
    );
    gateway = await startGateway({
      config: small,
      listen: "127.0.0.1:0",
      restUpstream: `127.0.0.1:${port}`,
      quiet: true,
    });
  });
  afterAll(async () => {
    await gateway.close();
    await new Promise<void>((resolve) => upstream.close(() => resolve()));
  });

  it("normalises the path, keeps the query, drops cookies and hop-by-hop headers", async () => {
    seen.length = 0;
    const response = await rawPost(
      gateway.url,
      "/model/x/../add//version/1:add_common?a=1",
      {
        "content-type": "application/json",
        cookie: "secret=1",
        connection: "keep-alive, x-private",
        "x-private": "hop",
        "x-request-id": "abc",
      },
      "{}",
    );
    expect(response.headers["set-cookie"]).toBeUndefined();
    expect(response.text).toBe('{"ok":1}');
    expect(seen[0]?.url).toBe("/model/add/version/1:add_common?a=1");
    expect(seen[0]?.headers).toMatchObject({
      "x-request-id": "abc",
      "content-type": "application/json",
    });
    expect(seen[0]?.headers.cookie).toBeUndefined();
    expect(seen[0]?.headers["x-private"]).toBeUndefined();
    expect(seen[0]?.body).toBe("{}");
  });

  it("refuses a body over the route's buffer limit with 413 naming the limit, without forwarding it", async () => {
    seen.length = 0;
    const response = await postRest(`${gateway.url}/model/add:add_common`, "x".repeat(2048));
    expect(response.status).toBe(413);
    expect(await response.text()).toBe("request body is larger than 1024 bytes\n");
    expect(seen).toHaveLength(0);
  });

  it("answers 503 when Serving's REST port is down", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as { port: number }).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const down = await startGateway({
      listen: "127.0.0.1:0",
      restUpstream: `127.0.0.1:${port}`,
      quiet: true,
    });
    try {
      const response = await postRest(`${down.url}/model/add:add_common`, ADD_BODY);
      expect(response.status).toBe(503);
      expect(await response.text()).toMatch(/^upstream connect error/);
    } finally {
      await down.close();
    }
  });
});

describe("the gateway with envoy-tls-upstream.yaml in front of a mutual-TLS Serving", () => {
  let certs: TestCertificates;
  let serving: RunningServing;
  beforeAll(async () => {
    certs = makeTestCertificates();
    serving = await startServing({
      port: 0,
      restPort: 0,
      quiet: true,
      servablesDir,
      tls: {
        certFile: certs.serverCert,
        keyFile: certs.serverKey,
        caFile: certs.caCert,
        verifyClient: true,
      },
    });
  });
  afterAll(async () => {
    await serving.close();
    certs.remove();
  });

  /** The TLS config with its placeholder certificate files replaced by `files`. */
  function tlsConfig(name: string, files: { ca: string; cert: string; key: string }): string {
    const text = readFileSync(
      new URL("../../envoy/envoy-tls-upstream.yaml", import.meta.url),
      "utf8",
    )
      .replaceAll("/etc/envoy/serving-tls/ca.crt", files.ca)
      .replaceAll("/etc/envoy/serving-tls/client.crt", files.cert)
      .replaceAll("/etc/envoy/serving-tls/client.key", files.key);
    const file = join(work, name);
    writeFileSync(file, text);
    return file;
  }

  const predict = (url: string) =>
    postGrpcWeb(
      `${url}/mindspore.serving.proto.MSService/Predict`,
      frame(
        new wire13.PredictRequest({
          servable_spec: new wire13.ServableSpec({ name: "add", method_name: "add_common" }),
        }).serializeBinary(),
      ),
    );

  it("reaches Serving over TLS with its client certificate, for gRPC-Web and REST", async () => {
    const gateway = await startGateway({
      config: tlsConfig("tls.yaml", {
        ca: certs.caCert,
        cert: certs.clientCert,
        key: certs.clientKey,
      }),
      listen: "127.0.0.1:0",
      upstream: serving.address,
      restUpstream: `127.0.0.1:${serving.restPort}`,
      quiet: true,
    });
    try {
      const reply = await predict(gateway.url);
      expect(reply.grpcStatus).toBe(0);
      expect(reply.messages).toHaveLength(1);
      expect(await (await postRest(`${gateway.url}/model/add:add_common`, ADD_BODY)).text()).toBe(
        ADD_REPLY,
      );
    } finally {
      await gateway.close();
    }
  });

  it("fails clearly with a certificate Serving does not accept, or a CA that did not sign Serving's", async () => {
    for (const files of [
      { ca: certs.caCert, cert: certs.strangerCert, key: certs.strangerKey },
      { ca: certs.otherCaCert, cert: certs.clientCert, key: certs.clientKey },
    ]) {
      const gateway = await startGateway({
        config: tlsConfig("bad-tls.yaml", files),
        listen: "127.0.0.1:0",
        upstream: serving.address,
        restUpstream: `127.0.0.1:${serving.restPort}`,
        quiet: true,
      });
      try {
        const reply = await predict(gateway.url);
        expect(reply.grpcStatus).toBe(14); // UNAVAILABLE
        const rest = await postRest(`${gateway.url}/model/add:add_common`, ADD_BODY);
        expect(rest.status).toBe(503);
        expect(await rest.text()).toMatch(
          /^upstream connect error or disconnect\/reset before headers/,
        );
      } finally {
        await gateway.close();
      }
    }
  });

  it("refuses to start when a certificate file is missing", async () => {
    await expect(
      startGateway({
        config: tlsConfig("missing.yaml", {
          ca: join(certs.dir, "nope.crt"),
          cert: certs.clientCert,
          key: certs.clientKey,
        }),
        listen: "127.0.0.1:0",
        quiet: true,
      }),
    ).rejects.toThrow(`envoy config: cannot read trusted_ca ${join(certs.dir, "nope.crt")}`);
  });
});
