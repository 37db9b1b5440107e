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
const SIZE_ERROR = "Given model input 0 size 32 not match the size 16 defined in model";

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
      const address = /listening on (\S+)/.exec(out)?.[1];
      if (address) {
        resolve({ child, address, exited });
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

/** Returns the reply of one scenario; throws when the client printed none. */
function pick(replies: Record<string, Reply>, scenario: string): Reply {
  const reply = replies[scenario];
  if (!reply) {
    throw new Error(`no reply for ${scenario}`);
  }
  return reply;
}

const ys = (reply: Reply) =>
  "instances" in reply ? reply.instances.map((i) => ("error" in i ? i.error : i.y?.value)) : reply;
const labels = (reply: Reply) =>
  "instances" in reply ? reply.instances.map((i) => i.label?.value as string) : reply;
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
      "add_missing_x2",
      "add_extra_x3",
      "add_flat_shapes",
      "add_float64",
      "add_version_7",
      "add_empty",
      "classify_corrupt",
    ];
    replies = await runClient(server.address, "proto/ms_service.proto", scenarios);
  });
  afterAll(async () => {
    expect(await stopCli(server)).toBe(0);
  });

  it("add_common: 1s, 2s, 3s give y = 2s, 4s, 6s as float32 [2, 2]", () => {
    expect(ys(pick(replies, "add_common"))).toEqual([
      Array(4).fill(2),
      Array(4).fill(4),
      Array(4).fill(6),
    ]);
    const reply = pick(replies, "add_common");
    const y = "instances" in reply ? reply.instances[0]?.y : undefined;
    expect(y).toMatchObject({ dtype: "MS_FLOAT32", shape: [2, 2] });
  });

  it("add_common2 and version 7: one whole-request error in Serving's words", () => {
    expect(pick(replies, "add_common2")).toEqual({
      error: "Request servable(add) method(add_common2) , method is not available",
    });
    expect(pick(replies, "add_version_7")).toEqual({
      error: "Request servable(add) method(add_common)  version(7) , servable is not available",
    });
  });

  it("an instance without x2 fails the whole request; an extra x3 is ignored", () => {
    expect(pick(replies, "add_missing_x2")).toEqual({
      error: "Cannot find input x2 in instance input , servable add, method add_common",
    });
    expect(ys(pick(replies, "add_extra_x3"))).toEqual([Array(4).fill(2)]);
  });

  it("float32 of shape (4,) and (4, 1) feed the 2x2 model: only the byte size is checked", () => {
    expect(ys(pick(replies, "add_flat_shapes"))).toEqual([Array(4).fill(2)]);
  });

  it("float64 in every instance: the size error, collapsed into one whole-request error", () => {
    expect(pick(replies, "add_float64")).toEqual({ error: SIZE_ERROR });
  });

  it("an empty request has no layout and gets r1.2's answer", () => {
    expect(pick(replies, "add_empty")).toEqual({
      error: "Instances count of request cannot be 0, servable: add, method: add_common",
    });
  });

  it("a corrupt image fails its instance with master's stage text", () => {
    const [cat, corrupt] = (pick(replies, "classify_corrupt") as { instances: unknown[] })
      .instances;
    expect(cat).toHaveProperty("label");
    expect(corrupt).toEqual({
      error: expect.stringMatching(
        /^Call Function 'resnet50\.preprocess_eager' Failed, method: 'classify_top1', stage index\(begin with 1\): 1, error msg: Cannot decode the image: /,
      ),
    });
  });

  it("instance 2 as int32: only instance 2 fails", () => {
    expect(ys(pick(replies, "add_int32"))).toEqual([
      Array(4).fill(2),
      expect.stringContaining("data type kMSI_Int32 not match"),
      Array(4).fill(6),
    ]);
  });

  it("add_cast with int32 inputs: float32 sums", () => {
    expect(ys(pick(replies, "add_cast"))).toEqual([
      Array(4).fill(3),
      Array(4).fill(5),
      Array(4).fill(7),
    ]);
    const reply = pick(replies, "add_cast");
    const y = "instances" in reply ? reply.instances[0]?.y : undefined;
    expect(y?.dtype).toBe("MS_FLOAT32");
  });

  it("resnet50 classify_top1: one ImageNet label per fixture image", () => {
    const got = labels(pick(replies, "classify_top1")) as string[];
    expect(got).toHaveLength(2);
    got.forEach((label) => expect(isImageNetLabel(label)).toBe(true));
  });

  it("resnet50 classify_top5: five ;-separated labels and a float32 score of shape [5]", () => {
    const reply = pick(replies, "classify_top5");
    if (!("instances" in reply)) {
      throw new Error(reply.error);
    }
    for (const instance of reply.instances) {
      const names = (instance.label?.value as string).split(";");
      expect(names).toHaveLength(5);
      names.forEach((label) => expect(isImageNetLabel(label)).toBe(true));
      expect(instance.score).toMatchObject({ dtype: "MS_FLOAT32", shape: [5] });
    }
  });

  it("answers a Serving 1.2 client on the same port as r1.2: no status, no collapse, its texts", async () => {
    const old = await runClient(server.address, "proto/serving-1.2/ms_service.proto", [
      "add_common",
      "add_float64",
      "classify_corrupt",
    ]);
    expect(pick(old, "add_common")).toMatchObject({ status: false });
    expect(ys(pick(old, "add_common"))).toEqual([
      Array(4).fill(2),
      Array(4).fill(4),
      Array(4).fill(6),
    ]);
    expect(ys(pick(old, "add_float64"))).toEqual([SIZE_ERROR, SIZE_ERROR]);
    const [cat, corrupt] = (pick(old, "classify_corrupt") as { instances: unknown[] }).instances;
    expect(cat).toHaveProperty("label");
    expect(corrupt).toEqual({ error: "Preprocess Failed" });
  });
});

describe("outside client against the stand-in with --wire 1.2", () => {
  it("runs add_common with the 1.2 contract and refuses a 1.3 request as r1.2 does", async () => {
    const server = await startCli(["--wire", "1.2"]);
    try {
      const old = await runClient(server.address, "proto/serving-1.2/ms_service.proto", [
        "add_common",
        "add_int32",
        "add_empty",
      ]);
      expect(pick(old, "add_common")).toMatchObject({ status: false });
      expect(ys(pick(old, "add_common"))).toEqual([
        Array(4).fill(2),
        Array(4).fill(4),
        Array(4).fill(6),
      ]);
      expect(ys(pick(old, "add_int32"))).toEqual([
        Array(4).fill(2),
        expect.stringContaining("kMSI_Int32"),
        Array(4).fill(6),
      ]);
      const noInstances =
        "Instances count of request cannot be 0, servable: add, method: add_common";
      expect(pick(old, "add_empty")).toEqual({ error: noInstances });
      // A ≥ 1.3 client's instances sit in a field r1.2 does not read.
      const current = await runClient(server.address, "proto/ms_service.proto", ["add_common"]);
      expect(pick(current, "add_common")).toEqual({ error: noInstances });
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
      const [cat] = labels(pick(replies, "classify_top1")) as string[];
      expect(CATS).toContain(cat);
    } finally {
      expect(await stopCli(server)).toBe(0);
    }
  });
});
