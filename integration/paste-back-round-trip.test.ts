import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildRestBody } from "../protocol/rest-request-body";
import { buildRequest } from "../protocol/wire-layouts";
import { generateCurl, toInstances } from "../src/code-export/curl-snippet";
import {
  prepareExport,
  type CodeExportSource,
  type ExportRequest,
} from "../src/code-export/export-request";
import { predictRequestJson } from "../src/code-export/grpcurl-request-json";
import { generateGrpcurl, protoPath } from "../src/code-export/grpcurl-snippet";
import { generatePython } from "../src/code-export/python-snippet";
import { INLINE_ELEMENT_LIMIT } from "../src/code-export/snippet";
import { buildInstances } from "../src/draft/build-instances";
import { draftFromPaste } from "../src/paste-request/draft-from-paste";
import { parsePastedRequest } from "../src/paste-request/parse-pasted-request";
import { encodeInstances } from "../src/serving/encode-instances";
import { everyKindSource, imageSource } from "./testing/code-export-drafts";
import type { PastedRequest } from "../src/paste-request/pasted-request";
import type { WireVersion } from "../src/serving/types";

const GRPC = "127.0.0.1:5500";
const REST = "127.0.0.1:1500";
const wires: WireVersion[] = ["1.3", "1.2"];
const sources = { "every kind": everyKindSource, image: imageSource };

function prepare(source: CodeExportSource): ExportRequest {
  const prepared = prepareExport(source);
  if (!prepared.ok) {
    throw new Error(prepared.problems.join("; "));
  }
  return prepared.request;
}

/** Returns the PredictRequest bytes the console sends for the request being exported. */
function originalBytes(request: ExportRequest): Uint8Array {
  const spec = {
    name: request.servable,
    methodName: request.method,
    version: Number(request.version),
  };
  return buildRequest(request.wire, spec, encodeInstances(toInstances(request)));
}

/**
 * Returns the PredictRequest bytes the console sends after pasting `text`: the draft it becomes,
 * built as Send builds it, with the target of the export wherever the paste names none.
 */
function pastedBytes(
  text: string,
  request: ExportRequest,
): { bytes: Uint8Array; pasted: PastedRequest } {
  const pasted = parsePastedRequest(text);
  const draft = draftFromPaste(pasted);
  const built = buildInstances(draft.instances, draft.files, Number.MAX_SAFE_INTEGER);
  expect(built.problems).toEqual([]);
  const spec = {
    name: pasted.target.servable ?? request.servable,
    methodName: pasted.target.method ?? request.method,
    version: pasted.target.version ?? Number(request.version),
  };
  const wire = pasted.target.wire ?? request.wire;
  return { bytes: buildRequest(wire, spec, encodeInstances(built.instances)), pasted };
}

/** The export without what a Python script reads from beside itself (files and .npy tensors). */
function inlineOnly(request: ExportRequest): ExportRequest {
  const instances = request.instances.map((inputs) =>
    inputs.filter((input) => {
      if (input.filePath !== undefined) {
        return false;
      }
      const value = input.value;
      if (typeof value === "object" && "kind" in value && value.kind === "tensor") {
        return value.shape.reduce((a, b) => a * b, 1) <= INLINE_ELEMENT_LIMIT;
      }
      return true;
    }),
  );
  return { ...request, instances, files: {} };
}

describe("Copy as code, then Paste request: the same request comes back", () => {
  for (const [name, make] of Object.entries(sources)) {
    for (const wire of wires) {
      const request = prepare(make(wire, "grpc-web", "http://127.0.0.1:8080"));
      const expected = originalBytes(request);

      it(`REST JSON body, ${wire} wire: ${name}`, () => {
        const body = buildRestBody(encodeInstances(toInstances(request)));
        const { bytes, pasted } = pastedBytes(body, request);
        expect(pasted.form).toBe("rest-json");
        expect(bytes).toEqual(expected);
      });

      it(`curl command, ${wire} wire: ${name}`, () => {
        const snippet = generateCurl(request, REST);
        if ("request.json" in snippet.files) {
          // A body over the inline limit is read from request.json, which the command only names.
          expect(() => parsePastedRequest(snippet.code)).toThrow(/file/);
          const body = new TextDecoder().decode(snippet.files["request.json"]);
          expect(pastedBytes(body, request).bytes).toEqual(expected);
          return;
        }
        const { bytes, pasted } = pastedBytes(snippet.code, request);
        expect(pasted).toMatchObject({
          form: "curl",
          target: {
            servable: request.servable,
            method: request.method,
            version: Number(request.version),
          },
        });
        expect(bytes).toEqual(expected);
      });

      it(`grpcurl -d JSON, ${wire} wire: ${name}`, () => {
        const json = predictRequestJson(
          { name: request.servable, methodName: request.method, version: Number(request.version) },
          encodeInstances(toInstances(request)),
        );
        const { bytes, pasted } = pastedBytes(json, request);
        expect(pasted.form).toBe("grpcurl-json");
        expect(bytes).toEqual(expected);
      });

      it(`grpcurl command, ${wire} wire: ${name}`, () => {
        const proto = readFileSync(protoPath(wire), "utf8");
        const snippet = generateGrpcurl(request, GRPC, proto);
        const { bytes, pasted } = pastedBytes(snippet.code, request);
        expect(pasted).toMatchObject({ form: "grpcurl", target: { wire } });
        expect(bytes).toEqual(expected);
      });

      for (const flavour of ["1.3", "1.2"] as const) {
        // A script reads images, bytes and large tensors from files beside it; the text holds the rest.
        const inline = inlineOnly(request);
        const hasInline = inline.instances.some((inputs) => inputs.length > 0);
        it.runIf(hasInline)(
          `Python ${flavour} script (inline values), ${wire} wire: ${name}`,
          () => {
            const snippet = generatePython(inline, flavour, GRPC);
            expect(snippet.files).toEqual({});
            const { bytes, pasted } = pastedBytes(snippet.code, inline);
            expect(pasted).toMatchObject({
              form: "python",
              target: {
                servable: request.servable,
                method: request.method,
                version: Number(request.version),
                // Client(ip, port, …) is r1.2's client, which speaks the 1.1–1.2 wire.
                wire: flavour,
              },
            });
            expect(bytes).toEqual(originalBytes({ ...inline, wire: flavour }));
          },
        );
      }
    }
  }
});
