/**
 * MSService as `@bufbuild/protobuf` descriptors, compiled from proto/ with protoc, so tests can
 * speak to the gateway with an implementation that shares no code with src/serving.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { create, createFileRegistry, fromBinary, toBinary } from "@bufbuild/protobuf";
import { FileDescriptorSetSchema } from "@bufbuild/protobuf/wkt";
import type { DescMessage, DescService, Message } from "@bufbuild/protobuf";

const PROTO_DIR = fileURLToPath(new URL("../../../proto", import.meta.url));

/** MSService and its messages for one wire version. */
export interface MsServiceSchema {
  service: DescService;
  request: DescMessage;
  reply: DescMessage;
}

/** Returns the MSService descriptors of proto/ms_service.proto ("1.3") or the 1.1–1.2 variant. */
export function loadMsServiceSchema(wire: "1.3" | "1.2" = "1.3"): MsServiceSchema {
  const dir = wire === "1.3" ? PROTO_DIR : join(PROTO_DIR, "serving-1.2");
  const work = mkdtempSync(join(tmpdir(), "ms-service-"));
  try {
    const out = join(work, "ms_service.binpb");
    execFileSync("protoc", [
      `-I${dir}`,
      "--include_imports",
      `--descriptor_set_out=${out}`,
      "ms_service.proto",
    ]);
    const registry = createFileRegistry(fromBinary(FileDescriptorSetSchema, readFileSync(out)));
    const get = (name: string) => {
      const message = registry.getMessage(`mindspore.serving.proto.${name}`);
      if (!message) {
        throw new Error(`${name} missing from ms_service.proto`);
      }
      return message;
    };
    const service = registry.getService("mindspore.serving.proto.MSService");
    if (!service) {
      throw new Error("MSService missing from ms_service.proto");
    }
    return { service, request: get("PredictRequest"), reply: get("PredictReply") };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const MS_FLOAT32 = 11;

function float32Tensor(values: number[]) {
  return {
    shape: { dims: [2n, 2n] },
    dtype: MS_FLOAT32,
    data: new Uint8Array(new Float32Array(values).buffer),
  };
}

/** Returns an add/add_common PredictRequest for one instance of 2x2 float32 inputs. */
export function buildAddRequest(schema: MsServiceSchema, x1: number[], x2: number[]): Message {
  return create(schema.request, {
    servableSpec: { name: "add", methodName: "add_common" },
    instances: [{ items: { x1: float32Tensor(x1), x2: float32Tensor(x2) } }],
  } as never);
}

/** Returns the serialized add/add_common PredictRequest (see buildAddRequest). */
export function encodeAddRequest(schema: MsServiceSchema, x1: number[], x2: number[]): Uint8Array {
  return toBinary(schema.request, buildAddRequest(schema, x1, x2));
}

/** Returns output `y` of the first instance of a serialized add PredictReply as plain numbers. */
export function readAddOutput(schema: MsServiceSchema, replyBytes: Uint8Array): number[] {
  return readAddReply(fromBinary(schema.reply, replyBytes));
}

/** Returns output `y` of the first instance of an add PredictReply message as plain numbers. */
export function readAddReply(reply: Message): number[] {
  const tensor = (
    reply as unknown as { instances: { items: Record<string, { data: Uint8Array }> }[] }
  ).instances[0]?.items.y;
  if (!tensor) {
    throw new Error(
      `reply has no output y: ${JSON.stringify(reply, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v))}`,
    );
  }
  const data = tensor.data;
  return [
    ...new Float32Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength)),
  ];
}
