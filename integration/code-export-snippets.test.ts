import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { inspect } from "node:util";
import { fromJsonString, toBinary, type DescMessage } from "@bufbuild/protobuf";
import { NodeHttpTransport } from "@improbable-eng/grpc-web-node-http-transport";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildRequest, readRequest } from "../protocol/wire-layouts";
import { startGateway, type RunningGateway } from "../server/gateway/start";
import { startServing, type RunningServing } from "../server/serving/start";
import { generateCurl, toInstances } from "../src/code-export/curl-snippet";
import {
  prepareExport,
  type CodeExportSource,
  type ExportRequest,
} from "../src/code-export/export-request";
import { generateGrpcurl, protoPath } from "../src/code-export/grpcurl-snippet";
import { generatePython, type PythonFlavour } from "../src/code-export/python-snippet";
import { generateTypescript } from "../src/code-export/typescript-snippet";
import { ServingClient } from "../src/serving/client";
import { encodeInstances } from "../src/serving/encode-instances";
import { parseRestReply } from "../src/serving/parse-rest-reply";
import { everyKindSource, imageSource } from "./testing/code-export-drafts";
import { generatePythonStubs } from "./testing/generate-python-stubs";
import { grpcurlJson } from "./testing/grpcurl-json";
import { loadPredictRequest } from "./testing/proto-registry";
import { pythonResultLiteral } from "./testing/python-result-literal";
import { runCommand } from "./testing/run-command";
import { writeSnippet } from "./testing/write-snippet";
import type { InferResult, WireVersion } from "../src/serving/types";

const PYTHON = "/usr/bin/python3";
const clientModules = resolve("integration/testing/python-client");
const sources = { "every kind": everyKindSource, image: imageSource };
const wires: WireVersion[] = ["1.3", "1.2"];

function prepare(source: CodeExportSource): ExportRequest {
  const prepared = prepareExport(source);
  if (!prepared.ok) {
    throw new Error(prepared.problems.join("; "));
  }
  return prepared.request;
}

describe("Copy as code: every snippet runs against the stand-in", () => {
  let serving: RunningServing;
  let gateway: RunningGateway;
  let work: string;
  let restAddress: string;
  beforeAll(async () => {
    serving = await startServing({ port: 0, restPort: 0, quiet: true });
    gateway = await startGateway({ listen: "127.0.0.1:0", upstream: serving.address, quiet: true });
    restAddress = new URL(serving.restUrl ?? "").host;
    work = mkdtempSync(join(tmpdir(), "code-export-"));
    await generatePythonStubs(resolve("proto/ms_service.proto"), join(work, "stubs-1.3"));
    await generatePythonStubs(
      resolve("proto/serving-1.2/ms_service.proto"),
      join(work, "stubs-1.2"),
    );
  });
  afterAll(async () => {
    await gateway?.close();
    await serving?.close();
    if (work) {
      rmSync(work, { recursive: true, force: true });
    }
  });

  function consoleResult(request: ExportRequest): Promise<InferResult> {
    return new ServingClient(
      {
        url: gateway.url,
        servable: request.servable,
        method: request.method,
        version: request.version,
        wire: request.wire,
      },
      NodeHttpTransport(),
    ).infer(toInstances(request));
  }

  async function printedByPython(expression: string): Promise<string> {
    const run = await runCommand(PYTHON, ["-c", `import numpy as np\nprint(${expression})`], {
      cwd: work,
    });
    expect(run.stderr).toBe("");
    return run.stdout;
  }

  for (const [name, make] of Object.entries(sources)) {
    for (const flavour of ["1.3", "1.2"] as PythonFlavour[]) {
      it(`Python (${flavour} client) sends the console's request and prints its result: ${name}`, async () => {
        const request = prepare(make(flavour, "grpc-web", gateway.url));
        const snippet = generatePython(request, flavour, serving.address);
        const dir = mkdtempSync(join(work, "python-"));
        const script = writeSnippet(dir, snippet);
        const dump = join(dir, "request.bin");
        const run = await runCommand(PYTHON, [script], {
          cwd: work,
          env: {
            ...process.env,
            PYTHONPATH: [
              join(clientModules, `r${flavour}`),
              clientModules,
              join(work, `stubs-${flavour}`),
            ].join(":"),
            MS_CLIENT_REQUEST_DUMP: dump,
          },
        });
        expect(run.stderr).toBe("");
        expect(run.code).toBe(0);
        const spec = {
          name: request.servable,
          methodName: request.method,
          version: Number(request.version),
        };
        const consoleBytes = buildRequest(flavour, spec, encodeInstances(toInstances(request)));
        // protobuf-python writes an empty TensorShape for a 0-d array; the decoded requests match.
        expect(readRequest(flavour, new Uint8Array(readFileSync(dump)))).toEqual(
          readRequest(flavour, consoleBytes),
        );
        const expected = await consoleResult(request);
        expect(expected.ok).toBe(true);
        expect(run.stdout).toBe(await printedByPython(pythonResultLiteral(expected)));
      });
    }

    it(`curl gets from the REST API what the console gets over REST: ${name}`, async () => {
      const request = prepare(make("1.3", "rest", gateway.url));
      const snippet = generateCurl(request, restAddress);
      const dir = mkdtempSync(join(work, "curl-"));
      const script = writeSnippet(dir, snippet);
      const run = await runCommand("sh", [script], { cwd: dir });
      expect(run.stderr).toBe("");
      const expected = await new ServingClient({
        url: serving.restUrl ?? "",
        servable: request.servable,
        method: request.method,
        version: request.version,
        transport: "rest",
      }).infer(toInstances(request));
      expect(expected.ok).toBe(true);
      expect(parseRestReply(run.stdout, request.instances.length).result).toEqual(expected);
    });

    for (const wire of wires) {
      it(`grpcurl's JSON is byte for byte the console's ${wire} request: ${name}`, async () => {
        const request = prepare(make(wire, "grpc-web", gateway.url));
        const proto = readFileSync(protoPath(wire), "utf8");
        const snippet = generateGrpcurl(request, serving.address, proto);
        expect(snippet.code).toContain(`-proto ${protoPath(wire)} -d @ '${serving.address}'`);
        expect(snippet.files[protoPath(wire)]).toEqual(new TextEncoder().encode(proto));
        const dir = mkdtempSync(join(work, "grpcurl-"));
        const schema: DescMessage = await loadPredictRequest(protoPath(wire), dir);
        const fromJson = toBinary(schema, fromJsonString(schema, grpcurlJson(snippet.code)));
        const spec = {
          name: request.servable,
          methodName: request.method,
          version: Number(request.version),
        };
        expect(fromJson).toEqual(buildRequest(wire, spec, encodeInstances(toInstances(request))));
      });

      it(`TypeScript run with tsx prints the console's ${wire} result: ${name}`, async () => {
        const request = prepare(make(wire, "grpc-web", gateway.url));
        const snippet = generateTypescript(request);
        // The script imports ../src/…: it sits in a folder at the checkout root, its files beside it.
        const base = `code-export-test-${process.pid}-${wire}-${name.replace(/\W/g, "")}`;
        const dir = resolve(base);
        mkdirSync(dir);
        const script = writeSnippet(dir, snippet);
        try {
          // node_modules/.bin/tsx is what `npx tsx` runs, without npm's own notices on stderr.
          const run = await runCommand(resolve("node_modules/.bin/tsx"), [script], {
            cwd: process.cwd(),
          });
          expect(run.stderr).toBe("");
          const expected = await consoleResult(request);
          expect(expected.ok).toBe(true);
          expect(run.stdout).toBe(`${inspect(expected, { depth: null })}\n`);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      });
    }
  }
});
