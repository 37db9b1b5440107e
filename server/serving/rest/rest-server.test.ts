import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as grpc from "@grpc/grpc-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as wire13 from "../../../protocol/generated/serving-1.3/ms_service";
import { msServiceDefinition } from "../predict-service";
import { startServing, type RunningServing } from "../start";
import { readRestTensor } from "./json-to-tensor";
import { readRestJson, type JsonValue } from "./rest-json";

let servablesDir: string;
let serving: RunningServing;

beforeAll(async () => {
  servablesDir = mkdtempSync(join(tmpdir(), "servables-rest-"));
  mkdirSync(join(servablesDir, "add", "1"), { recursive: true });
  writeFileSync(
    join(servablesDir, "add", "servable_config.json"),
    JSON.stringify({ kind: "tensor-add", model: "add.onnx" }),
  );
  copyFileSync(
    new URL("../../servables/add/1/add.onnx", import.meta.url),
    join(servablesDir, "add", "1", "add.onnx"),
  );
  serving = await startServing({
    port: 0,
    restPort: 0,
    quiet: true,
    servablesDir,
    maxMessageMb: 1,
  });
});
afterAll(async () => {
  await serving.close();
  rmSync(servablesDir, { recursive: true, force: true });
});

interface RestAnswer {
  status: number;
  contentType: string | null;
  text: string;
}

async function post(path: string, body: string, method = "POST"): Promise<RestAnswer> {
  const response = await fetch(`${serving.restUrl}${path}`, {
    method,
    body: method === "GET" ? undefined : body,
    headers: { "Content-Type": "application/json" },
  });
  return {
    status: response.status,
    contentType: response.headers.get("content-type"),
    text: await response.text(),
  };
}

/** Sends the instances of a REST body over gRPC (1.3 layout) and returns the reply. */
async function viaGrpc(path: string, body: string): Promise<wire13.PredictReply> {
  const json = readRestJson(new TextEncoder().encode(body)) as {
    instances: Record<string, JsonValue>[];
  };
  const instances = json.instances.map(
    (items) =>
      new wire13.Instance({
        items: new Map(
          Object.entries(items).map(([name, value]) => {
            const t = readRestTensor(value);
            return [
              name,
              new wire13.Tensor({
                shape: new wire13.TensorShape({ dims: t.dims }),
                dtype: t.dtype,
                data: t.data,
                bytes_val: t.bytesVal,
              }),
            ];
          }),
        ),
      }),
  );
  const [servable = "", method = ""] = path.replace("/model/", "").split(":");
  const request = new wire13.PredictRequest({
    servable_spec: new wire13.ServableSpec({ name: servable, method_name: method }),
    instances,
  });
  const client = new grpc.Client(serving.address, grpc.credentials.createInsecure());
  const pass = (b: Buffer) => b;
  try {
    const raw = await new Promise<Buffer>((resolve, reject) =>
      client.makeUnaryRequest(
        msServiceDefinition.Predict.path,
        pass,
        pass,
        Buffer.from(request.serializeBinary()),
        (e, r) => (e || !r ? reject(e ?? new Error("no reply")) : resolve(r)),
      ),
    );
    return wire13.PredictReply.deserializeBinary(raw);
  } finally {
    client.close();
  }
}

// JSON.stringify writes 1.0 as 1 (an int32 to Serving), so the float bodies are written out by hand.
const ADD_BODY =
  '{"instances":[{"x1":[[1.0,2.0],[3.0,4.5]],"x2":[[1.0,1.0],[1.0,1.0]]},' +
  `{"x1":{"b64":"${Buffer.from(new Float32Array([1, 2, 3, 4]).buffer).toString("base64")}","type":"fp32","shape":[2,2]},"x2":[[0.5,0.5],[0.5,0.5]]}]}`;

describe("REST API of the stand-in Serving", () => {
  it("answers a list of instances with their outputs, as 200 application/json", async () => {
    const answer = await post("/model/add:add_common", ADD_BODY);
    expect(answer).toEqual({
      status: 200,
      contentType: "application/json",
      text: '{"instances":[{"y":[[2.0,3.0],[4.0,5.5]]},{"y":[[1.5,2.5],[3.5,4.5]]}]}',
    });
  });

  it("answers one instance given as an object, with a version in the URL", async () => {
    const answer = await post(
      "/model/add/version/1:add_common",
      '{"instances":{"x1":[[1.0,1.0],[1.0,1.0]],"x2":[[2.0,2.0],[2.0,2.0]]}}',
    );
    expect(answer.text).toBe('{"instances":[{"y":[[3.0,3.0],[3.0,3.0]]}]}');
  });

  it("gives the same values and the same errors as gRPC for the same instances", async () => {
    const mixed =
      '{"instances":[{"x1":[[1.0,2.0],[3.0,4.0]],"x2":[[1.0,2.0],[3.0,4.0]]},{"x1":[[1,2],[3,4]],"x2":[[1.0,2.0],[3.0,4.0]]}]}';
    for (const [path, body] of [
      ["/model/add:add_common", ADD_BODY],
      ["/model/add:add_common", mixed],
      ["/model/add:add_cast", mixed],
      ["/model/add:no_such_method", ADD_BODY],
      ["/model/nothing:add_common", ADD_BODY],
    ] as const) {
      const rest = JSON.parse((await post(path, body)).text) as {
        instances?: ({ y: number[][] } | { error_msg: string })[];
        error_msg?: string;
      };
      const grpcReply = await viaGrpc(path, body);
      const errors = grpcReply.error_msg.map((e) => new TextDecoder().decode(e.error_msg));
      if (grpcReply.instances.length === 0) {
        expect(rest).toEqual({ error_msg: errors[0] });
        continue;
      }
      const expected = grpcReply.instances.map((instance, i) => {
        const y = instance.items.get("y");
        if (!y || (errors.length > 0 && grpcReply.error_msg[i]?.error_code !== 0)) {
          return { error_msg: errors[i] };
        }
        const values = [...new Float32Array(y.data.slice().buffer)];
        return { y: [values.slice(0, 2), values.slice(2, 4)] };
      });
      expect(rest).toEqual({ instances: expected });
    }
  });

  it.each([
    ["/model/add:add_common", '{"instances": [', /^Illegal JSON format\./],
    [
      "/model/add:add_common",
      '{"instance": []}',
      "Parser request failed, key 'instances' expects to exist once, but actually 0 times",
    ],
    [
      "/model/add:add_common",
      '{"instances": []}',
      "Parser request failed, instances value is array type, but no value",
    ],
    [
      "/model/add:add_common",
      '{"instances": 1}',
      "Parser request failed, instances no key mode is not supported",
    ],
    [
      "/model/add:add_common",
      '{"instances": [{"x1": {"b64": "AAAA", "type": "complex"}}]}',
      "Parser request failed, json object, specified type:'complex' is illegal",
    ],
    [
      "/model/add:add_common",
      '{"instances": [{"x1": {"b64": "AAAA", "type": "fp32", "shape": [2, 2]}}]}',
      "Parser request failed, size is not matched, decode base64 size:3; Given info: type:float32; type size:4; element nums:4",
    ],
    [
      "/model/add",
      '{"instances": [{"x1": 1}]}',
      "please check url, the keyword:[service method] must contain.",
    ],
  ])("answers %s with body %s by an error_msg", async (path, body, text) => {
    const answer = await post(path, body);
    expect(answer.status).toBe(200);
    const reply = JSON.parse(answer.text) as { error_msg: string };
    expect(reply.error_msg).toEqual(typeof text === "string" ? text : expect.stringMatching(text));
  });

  it("refuses JSON nested too deep to read, and keeps serving", async () => {
    const deep = `{"instances": {"x1": ${"[".repeat(500_000)}1${"]".repeat(500_000)}}}`;
    expect(JSON.parse((await post("/model/add:add_common", deep)).text)).toEqual({
      error_msg: "Illegal JSON format.nesting is too deep",
    });
    expect((await post("/model/add:add_common", ADD_BODY)).text).toContain('"y":[[2.0,3.0]');
  });

  it("refuses a method other than POST and an empty body", async () => {
    expect((await post("/model/add:add_common", "", "GET")).text).toBe(
      '{"error_msg":"http message only support POST right now"}',
    );
    expect((await post("/model/add:add_common", "")).text).toBe(
      '{"error_msg":"http message invalid"}',
    );
  });

  it("refuses a body over the message limit without reading it into memory, and keeps serving", async () => {
    const limit = 1024 * 1024;
    const big = `{"instances": [{"x1": "${"a".repeat(limit)}"}]}`;
    expect((await post("/model/add:add_common", big)).text).toBe(
      `{"error_msg":"http message is bigger than ${limit}"}`,
    );
    // The same without Content-Length: the limit holds for a chunked body too.
    const chunked = await new Promise<string>((resolve, reject) => {
      const url = new URL(`${serving.restUrl}/model/add:add_common`);
      const req = httpRequest(
        { host: url.hostname, port: url.port, path: url.pathname, method: "POST" },
        (res) => {
          let text = "";
          res.on("data", (c: Buffer) => (text += c.toString()));
          res.on("end", () => resolve(text));
        },
      );
      req.on("error", reject);
      for (let i = 0; i < 20; i++) {
        req.write("a".repeat(64 * 1024));
      }
      req.end();
    });
    expect(chunked).toBe(`{"error_msg":"http message is bigger than ${limit}"}`);
    expect((await post("/model/add:add_common", ADD_BODY)).text).toContain('"y":[[2.0,3.0]');
  });
});
