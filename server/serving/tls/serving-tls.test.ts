import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as grpc from "@grpc/grpc-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as wire13 from "../../../protocol/generated/serving-1.3/ms_service";
import { msServiceDefinition } from "../predict-service";
import { startServing, type RunningServing } from "../start";
import { makeTestCertificates, type TestCertificates } from "./testing/make-test-certificates";

let certs: TestCertificates;
let servablesDir: string;

beforeAll(() => {
  certs = makeTestCertificates();
  servablesDir = mkdtempSync(join(tmpdir(), "servables-tls-"));
  mkdirSync(join(servablesDir, "add", "1"), { recursive: true });
  writeFileSync(
    join(servablesDir, "add", "servable_config.json"),
    JSON.stringify({ kind: "tensor-add", model: "add.onnx" }),
  );
  copyFileSync(
    new URL("../../servables/add/1/add.onnx", import.meta.url),
    join(servablesDir, "add", "1", "add.onnx"),
  );
});
afterAll(() => {
  certs.remove();
  rmSync(servablesDir, { recursive: true, force: true });
});

const ADD_REQUEST = Buffer.from(
  new wire13.PredictRequest({
    servable_spec: new wire13.ServableSpec({ name: "add", method_name: "add_common" }),
    instances: [
      new wire13.Instance({
        items: new Map(
          ["x1", "x2"].map((name) => [
            name,
            new wire13.Tensor({
              shape: new wire13.TensorShape({ dims: [2, 2] }),
              dtype: wire13.DataType.MS_FLOAT32,
              data: new Uint8Array(new Float32Array([1, 2, 3, 4]).buffer),
            }),
          ]),
        ),
      }),
    ],
  }).serializeBinary(),
);

/** Calls Predict with `credentials`; resolves with y of the first instance or rejects with the gRPC error. */
async function predictY(address: string, credentials: grpc.ChannelCredentials): Promise<number[]> {
  const client = new grpc.Client(address, credentials);
  const pass = (b: Buffer) => b;
  try {
    const raw = await new Promise<Buffer>((resolve, reject) =>
      client.makeUnaryRequest(msServiceDefinition.Predict.path, pass, pass, ADD_REQUEST, (e, r) =>
        e || !r ? reject(e ?? new Error("no reply")) : resolve(r),
      ),
    );
    const y = wire13.PredictReply.deserializeBinary(raw).instances[0]?.items.get("y");
    return y ? [...new Float32Array(y.data.slice().buffer)] : [];
  } finally {
    client.close();
  }
}

const read = (file: string) => readFileSync(file);
const serverOnly = () => grpc.credentials.createSsl(read(certs.caCert));
const withClient = (cert: string, key: string) =>
  grpc.credentials.createSsl(read(certs.caCert), read(key), read(cert));

/** POSTs the add request to the REST API over HTTPS (or plain HTTP); resolves with the body text. */
function restPost(
  url: string,
  options: { ca?: Buffer; cert?: Buffer; key?: Buffer },
): Promise<string> {
  const body = '{"instances":{"x1":[[1.0,2.0],[3.0,4.0]],"x2":[[1.0,2.0],[3.0,4.0]]}}';
  const target = new URL(`${url}/model/add:add_common`);
  const send = target.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: "POST",
        ...options,
      },
      (response) => {
        let text = "";
        response.on("data", (chunk: Buffer) => (text += chunk.toString()));
        response.on("end", () => resolve(text));
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

describe("stand-in Serving over TLS", () => {
  let serving: RunningServing;
  beforeAll(async () => {
    serving = await startServing({
      port: 0,
      restPort: 0,
      quiet: true,
      servablesDir,
      tls: { certFile: certs.serverCert, keyFile: certs.serverKey },
    });
  });
  afterAll(() => serving.close());

  it("answers a client that trusts its CA, over gRPC and REST", async () => {
    expect(await predictY(serving.address, serverOnly())).toEqual([2, 4, 6, 8]);
    expect(serving.restUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(await restPost(serving.restUrl ?? "", { ca: read(certs.caCert) })).toBe(
      '{"instances":[{"y":[[2.0,4.0],[6.0,8.0]]}]}',
    );
  });

  it("fails a plain-text client and a client that does not trust it, and keeps serving", async () => {
    await expect(
      predictY(serving.address, grpc.credentials.createInsecure()),
    ).rejects.toMatchObject({
      code: grpc.status.UNAVAILABLE,
    });
    await expect(
      predictY(serving.address, grpc.credentials.createSsl(read(certs.otherCaCert))),
    ).rejects.toMatchObject({ code: grpc.status.UNAVAILABLE });
    await expect(
      restPost((serving.restUrl ?? "").replace("https:", "http:"), {}),
    ).rejects.toThrow();
    await expect(restPost(serving.restUrl ?? "", { ca: read(certs.otherCaCert) })).rejects.toThrow(
      /self-signed|unable to verify|unable to get local issuer/,
    );
    expect(await predictY(serving.address, serverOnly())).toEqual([2, 4, 6, 8]);
  });
});

describe("stand-in Serving with mutual TLS", () => {
  let serving: RunningServing;
  beforeAll(async () => {
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
  afterAll(() => serving.close());

  it("answers a client whose certificate its CA signed", async () => {
    expect(await predictY(serving.address, withClient(certs.clientCert, certs.clientKey))).toEqual([
      2, 4, 6, 8,
    ]);
    expect(
      await restPost(serving.restUrl ?? "", {
        ca: read(certs.caCert),
        cert: read(certs.clientCert),
        key: read(certs.clientKey),
      }),
    ).toContain('"y":[[2.0,4.0],[6.0,8.0]]');
  });

  it("refuses a client without a certificate or with one from another CA, and keeps serving", async () => {
    await expect(predictY(serving.address, serverOnly())).rejects.toMatchObject({
      code: grpc.status.UNAVAILABLE,
    });
    await expect(
      predictY(serving.address, withClient(certs.strangerCert, certs.strangerKey)),
    ).rejects.toMatchObject({ code: grpc.status.UNAVAILABLE });
    await expect(restPost(serving.restUrl ?? "", { ca: read(certs.caCert) })).rejects.toThrow();
    expect(await predictY(serving.address, withClient(certs.clientCert, certs.clientKey))).toEqual([
      2, 4, 6, 8,
    ]);
  });
});

describe("startServing() with bad TLS files", () => {
  it.each([
    [
      () => ({ certFile: join(certs.dir, "missing.crt"), keyFile: certs.serverKey }),
      () => `Serving Error: load certificate_chain from ${join(certs.dir, "missing.crt")} failed`,
    ],
    [
      () => ({ certFile: certs.serverKey, keyFile: certs.serverKey }),
      () => `Serving Error: load certificate_chain from ${certs.serverKey} failed`,
    ],
    [
      () => ({ certFile: certs.serverCert, keyFile: certs.serverCert }),
      () => `Serving Error: load private_key from ${certs.serverCert} failed`,
    ],
    [
      () => ({ certFile: certs.serverCert, keyFile: certs.clientKey }),
      () => `Serving Error: private_key is not consistent with certificate ${certs.serverCert}`,
    ],
    [
      () => ({
        certFile: certs.serverCert,
        keyFile: certs.serverKey,
        caFile: certs.serverKey,
        verifyClient: true,
      }),
      () => `Serving Error: load root certificate from ${certs.serverKey} failed`,
    ],
  ])("refuses to start with a clear error (%#)", async (tls, text) => {
    await expect(startServing({ port: 0, quiet: true, servablesDir, tls: tls() })).rejects.toThrow(
      text(),
    );
  });
});
