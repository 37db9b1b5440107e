/**
 * Writes the google-protobuf TypeScript classes for both MSService wire versions.
 * Usage: tsx scripts/generate-proto.ts [outDir]   (default protocol/generated)
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Each wire version's proto folder and the generated folder it maps to. */
export const protoVariants = [
  { protoDir: "proto", outSubdir: "serving-1.3" },
  { protoDir: "proto/serving-1.2", outSubdir: "serving-1.2" },
] as const;

/** Runs Debian's protoc with protoc-gen-ts for every variant into outDir; throws if protoc fails. */
export function generateProto(outDir: string): void {
  const plugin = join(root, "node_modules/.bin/protoc-gen-ts");
  for (const { protoDir, outSubdir } of protoVariants) {
    const target = join(outDir, outSubdir);
    rmSync(target, { recursive: true, force: true });
    mkdirSync(target, { recursive: true });
    execFileSync(
      "protoc",
      [
        `--plugin=protoc-gen-ts=${plugin}`,
        // Messages only: each side builds its own service binding (grpc-web or grpc-js).
        "--ts_opt=no_grpc,no_namespace,explicit_override",
        `--ts_out=${target}`,
        `-I${join(root, protoDir)}`,
        join(root, protoDir, "ms_service.proto"),
      ],
      { stdio: "inherit" },
    );
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = resolve(process.argv[2] ?? join(root, "protocol/generated"));
  generateProto(outDir);
  console.log(`generated ${protoVariants.map((v) => v.outSubdir).join(", ")} into ${outDir}`);
}
