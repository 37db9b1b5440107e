/** A protobuf-es registry of a Serving proto, built from protoc's descriptor set at test time. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createFileRegistry, fromBinary, type DescMessage } from "@bufbuild/protobuf";
import { FileDescriptorSetSchema } from "@bufbuild/protobuf/wkt";
import { runCommand } from "./run-command";

/** Returns the PredictRequest descriptor of `protoPath`; `outDir` receives the descriptor set. */
export async function loadPredictRequest(protoPath: string, outDir: string): Promise<DescMessage> {
  const out = join(outDir, "descriptor-set.pb");
  const result = await runCommand(
    "protoc",
    [`--descriptor_set_out=${out}`, "--include_imports", `--proto_path=.`, protoPath],
    { cwd: process.cwd() },
  );
  if (result.code !== 0) {
    throw new Error(`protoc failed: ${result.stderr}`);
  }
  const set = fromBinary(FileDescriptorSetSchema, new Uint8Array(readFileSync(out)));
  const message = createFileRegistry(set).getMessage("mindspore.serving.proto.PredictRequest");
  if (!message) {
    throw new Error(`${protoPath} has no PredictRequest`);
  }
  return message;
}
