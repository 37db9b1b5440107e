/**
 * Runs before `npm test`: checks the Debian packages the tests drive (Chromium for e2e, protoc
 * for the golden bytes and Envoy API checks, Python gRPC for the outside client and the Python
 * snippets, openssl for test certificates, curl for the curl snippets) and the shared test data
 * beside the checkout, and says how to get what is missing, instead of failing deep inside a test.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

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
  {
    what: "openssl (certificates for the TLS tests)",
    packages: ["openssl"],
    present: () => succeeds("openssl", ["version"]),
  },
  {
    what: "curl (runs the console's curl snippets against the stand-in's REST API)",
    packages: ["curl"],
    present: () => succeeds("curl", ["--version"]),
  },
];

// Test images, the ImageNet labels and a trained classifier live in ../shared beside the checkout.
const SHARED_FILES = [
  "fixtures/images/cat.jpg",
  "fixtures/images/dog.jpg",
  "fixtures/labels/imagenet1000_clsidx_to_labels.txt",
  "models/mobilenetv2-12-int8.onnx",
];
const sharedDir = fileURLToPath(new URL("../../shared/", import.meta.url));
const missingShared = SHARED_FILES.filter((file) => !existsSync(sharedDir + file));

const missing = prerequisites.filter((p) => !p.present());
for (const file of missingShared) {
  console.error(`missing: ${sharedDir}${file} (shared test data expected beside the checkout)`);
}
if (missing.length > 0) {
  for (const p of missing) {
    console.error(`missing: ${p.what}`);
  }
  const packages = missing.flatMap((p) => p.packages).join(" ");
  console.error(`install with: sudo apt-get update && sudo apt-get install -y ${packages}`);
}
if (missing.length > 0 || missingShared.length > 0) {
  process.exit(1);
}
