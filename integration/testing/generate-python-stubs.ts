/** Generates the grpcio stubs of a Serving proto into a directory, as the real client ships them. */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { runCommand } from "./run-command";

/** Writes ms_service_pb2.py and ms_service_pb2_grpc.py for `protoPath` into `outDir`; throws when protoc fails. */
export async function generatePythonStubs(protoPath: string, outDir: string): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const result = await runCommand(
    "/usr/bin/python3",
    [
      "-m",
      "grpc_tools.protoc",
      `-I${dirname(protoPath)}`,
      `--python_out=${outDir}`,
      `--grpc_python_out=${outDir}`,
      protoPath,
    ],
    { cwd: process.cwd() },
  );
  if (result.code !== 0) {
    throw new Error(`grpc_tools.protoc failed: ${result.stderr}`);
  }
}
