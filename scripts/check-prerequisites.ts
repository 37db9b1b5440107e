/**
 * Runs before `npm test`: checks the Debian packages the tests drive (Chromium for e2e,
 * protoc for the golden bytes and Envoy API checks, Python gRPC for the outside client)
 * and says how to install what is missing, instead of failing deep inside a test.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

interface Prerequisite {
  what: string;
  packages: string[];
  present: () => boolean;
}

const succeeds = (command: string, args: string[]): boolean =>
  spawnSync(command, args, { stdio: "ignore" }).status === 0;

const prerequisites: Prerequisite[] = [
  {
    what: "Chromium at /usr/bin/chromium (Playwright e2e)",
    packages: ["chromium"],
    present: () => existsSync("/usr/bin/chromium"),
  },
  {
    what: "protoc (golden request bytes, generated-code freshness, Envoy API check)",
    packages: ["protobuf-compiler"],
    present: () => succeeds("protoc", ["--version"]),
  },
  {
    what: "Python grpcio, grpc_tools and numpy under /usr/bin/python3 (outside Serving client)",
    packages: ["python3-grpcio", "python3-grpc-tools", "python3-numpy"],
    present: () => succeeds("/usr/bin/python3", ["-c", "import grpc, grpc_tools, numpy"]),
  },
];

const missing = prerequisites.filter((p) => !p.present());
if (missing.length > 0) {
  for (const p of missing) {
    console.error(`missing: ${p.what}`);
  }
  const packages = missing.flatMap((p) => p.packages).join(" ");
  console.error(`install with: sudo apt-get update && sudo apt-get install -y ${packages}`);
  process.exit(1);
}
