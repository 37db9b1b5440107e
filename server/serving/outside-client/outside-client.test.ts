import { execFile, spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The Serving tutorial's client, in Python with Debian's grpcio and numpy, against the stand-in CLI.
const root = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const PYTHON = "/usr/bin/python3";
const CLIENT = root("server/serving/outside-client/serving_client.py");
const IMAGES = ["cat.jpg", "dog.jpg"].map((f) => root(`../shared/fixtures/images/${f}`));
const LABELS = readFileSync(root("server/data/imagenet1000_clsidx_to_labels.txt"), "utf8");
const CATS = ["Siamese cat, Siamese", "Egyptian cat", "tabby, tabby cat"];

interface Server {
  child: ChildProcess;
  address: string;
  exited: Promise<number | null>;
}

/** Starts `npm run serving` as one node process on a free port; resolves once it printed its address. */
function startCli(flags: string[]): Promise<Server> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", root("server/serving/main.ts"), "--port", "0", ...flags],
    {
      cwd: root(""),
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (\S+)/.exec(out);
      if (match) {
        resolve({ child, address: match[1]!, exited });
      }
    });
    void exited.then((code) =>
      reject(new Error(`serving exited with ${code} before listening:\n${out}`)),
    );
  });
}

/** Stops a server with SIGTERM and resolves with its exit code. */
async function stopCli(server: Server): Promise<number | null> {
  server.child.kill("SIGTERM");
  return server.exited;
}

type Reply =
  | { error: string }
  | {
      instances: Record<string, { dtype: string; shape?: number[]; value: unknown }>[];
      status?: boolean;
    };

/** Runs the Python client's scenarios; returns the reply of each by name. */
async function runClient(
  address: string,
  proto: string,
  scenarios: string[],
): Promise<Record<string, Reply>> {
  const args = [
    CLIENT,
    "--proto",
    root(proto),
    "--target",
    address,
    ...IMAGES.flatMap((i) => ["--image", i]),
    ...scenarios,
  ];
  const { stdout } = await promisify(execFile)(PYTHON, args, { timeout: 60_000 });
  const lines = stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as { scenario: string; reply: Reply });
  return Object.fromEntries(lines.map((l) => [l.scenario, l.reply]));
}

const ys = (reply: Reply) =>
  "instances" in reply ? reply.instances.map((i) => ("error" in i ? i.error : i.y!.value)) : reply;
const labels = (reply: Reply) =>
  "instances" in reply ? reply.instances.map((i) => i.label!.value as string) : reply;
const isImageNetLabel = (label: string) =>
  label === "empty" || LABELS.includes(`'${label}'`) || LABELS.includes(`"${label}"`);

describe("outside client against the stand-in (any wire version)", () => {
  let server: Server;
  let replies: Record<string, Reply>;
  beforeAll(async () => {
    server = await startCli([]);
    const scenarios = [
      "add_common",
      "add_common2",
      "add_int32",
      "add_cast",
      "classify_top1",
      "classify_top5",
    ];
    replies = await runClient(server.address, "proto/ms_service.proto", scenarios);
  });
  afterAll(async () => {
    expect(await stopCli(server)).toBe(0);
  });

  it("add_common: 1s, 2s, 3s give y = 2s, 4s, 6s as float32 [2, 2]", () => {
    expect(ys(replies.add_common!)).toEqual([Array(4).fill(2), Array(4).fill(4), Array(4).fill(6)]);
    const y = "instances" in replies.add_common! ? replies.add_common.instances[0]!.y : undefined;
    expect(y).toMatchObject({ dtype: "MS_FLOAT32", shape: [2, 2] });
  });

  it("add_common2: one whole-request error saying the method is not available", () => {
    expect(replies.add_common2).toEqual({
      error: expect.stringContaining("method is not available"),
    });
  });

  it("instance 2 as int32: only instance 2 fails", () => {
    expect(ys(replies.add_int32!)).toEqual([
      Array(4).fill(2),
      expect.stringContaining("data type kMSI_Int32 not match"),
      Array(4).fill(6),
    ]);
  });

  it("add_cast with int32 inputs: float32 sums", () => {
    expect(ys(replies.add_cast!)).toEqual([Array(4).fill(3), Array(4).fill(5), Array(4).fill(7)]);
    const y = "instances" in replies.add_cast! ? replies.add_cast.instances[0]!.y : undefined;
    expect(y?.dtype).toBe("MS_FLOAT32");
  });

  it("resnet50 classify_top1: one ImageNet label per fixture image", () => {
    const got = labels(replies.classify_top1!) as string[];
    expect(got).toHaveLength(2);
    got.forEach((label) => expect(isImageNetLabel(label)).toBe(true));
  });

  it("resnet50 classify_top5: five ;-separated labels and a float32 score of shape [5]", () => {
    const reply = replies.classify_top5;
    if (!("instances" in reply!)) {
      throw new Error(reply!.error);
    }
    for (const instance of reply.instances) {
      const names = (instance.label!.value as string).split(";");
      expect(names).toHaveLength(5);
      names.forEach((label) => expect(isImageNetLabel(label)).toBe(true));
      expect(instance.score).toMatchObject({ dtype: "MS_FLOAT32", shape: [5] });
    }
  });

  it("answers a Serving 1.2 client on the same port, with status", async () => {
    const old = await runClient(server.address, "proto/serving-1.2/ms_service.proto", [
      "add_common",
    ]);
    expect(old.add_common).toMatchObject({ status: true });
    expect(ys(old.add_common!)).toEqual([Array(4).fill(2), Array(4).fill(4), Array(4).fill(6)]);
  });
});

describe("outside client against the stand-in with --wire 1.2", () => {
  it("runs add_common with the 1.2 contract", async () => {
    const server = await startCli(["--wire", "1.2"]);
    try {
      const old = await runClient(server.address, "proto/serving-1.2/ms_service.proto", [
        "add_common",
        "add_int32",
      ]);
      expect(old.add_common).toMatchObject({ status: true });
      expect(ys(old.add_common!)).toEqual([Array(4).fill(2), Array(4).fill(4), Array(4).fill(6)]);
      expect(ys(old.add_int32!)).toEqual([
        Array(4).fill(2),
        expect.stringContaining("kMSI_Int32"),
        Array(4).fill(6),
      ]);
    } finally {
      expect(await stopCli(server)).toBe(0);
    }
  });
});

describe("outside client against the stand-in serving the trained MobileNetV2", () => {
  it("classifies cat.jpg as Siamese, Egyptian or tabby cat", async () => {
    const server = await startCli([
      "--resnet50-model",
      root("../shared/models/mobilenetv2-12-int8.onnx"),
    ]);
    try {
      const replies = await runClient(server.address, "proto/ms_service.proto", ["classify_top1"]);
      const [cat] = labels(replies.classify_top1!) as string[];
      expect(CATS).toContain(cat);
    } finally {
      expect(await stopCli(server)).toBe(0);
    }
  });
});
