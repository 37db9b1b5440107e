/**
 * `npm run bench -- wire`: what the wire-format check costs on ordinary requests and how fast it
 * refuses hostile ones, next to google-protobuf reading the same bytes unchecked.
 */
import { randomBytes } from "node:crypto";
import { checkWireFormat } from "../protocol/check-wire-format";
import * as wire from "../protocol/generated/serving-1.3/ms_service";
import { predictRequestLayouts } from "../protocol/ms-service-layouts";
import { parseBenchFlags } from "./bench-flags";
import { encodeAddRequest, encodeImageRequest } from "./predict-messages";
import { formatTable } from "./print-table";

const { rounds } = parseBenchFlags(200);
const layout = predictRequestLayouts["1.3"];

/** Returns the median microseconds of `run` over `count` runs. */
function medianMicros(count: number, run: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const started = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - started) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

const attempt = (run: () => void) => () => {
  try {
    run();
  } catch {
    // Refusals are what is measured here.
  }
};

/** A field 1 whose length prefix claims `claimed` bytes, with nothing after it. */
function claimingField(claimed: number): Buffer {
  const prefix: number[] = [0x0a];
  for (let rest = claimed; ; rest = Math.floor(rest / 128)) {
    if (rest < 128) {
      prefix.push(rest);
      break;
    }
    prefix.push((rest % 128) | 0x80);
  }
  return Buffer.from(prefix);
}

const manyDims = Buffer.from(
  new wire.PredictRequest({
    instances: [
      new wire.Instance({
        items: new Map([
          [
            "x",
            new wire.Tensor({
              shape: new wire.TensorShape({ dims: new Array<number>(100_000).fill(1) }),
            }),
          ],
        ]),
      }),
    ],
  }).serializeBinary(),
);

const cases: { name: string; bytes: Buffer; unchecked: boolean }[] = [
  { name: "add_common, 1 instance", bytes: encodeAddRequest(), unchecked: true },
  {
    name: "8 images of 200 KB",
    bytes: encodeImageRequest([randomBytes(200_000)], 8),
    unchecked: true,
  },
  { name: "100,000 packed dims", bytes: manyDims, unchecked: true },
  { name: "field claims 1 MiB (hostile)", bytes: claimingField(2 ** 20), unchecked: true },
  { name: "field claims 16 MiB (hostile)", bytes: claimingField(2 ** 24), unchecked: true },
  // google-protobuf spends minutes on these two; only the check is timed.
  {
    name: "0a ff ff ff ff 07 (hostile)",
    bytes: Buffer.from("0affffffff07", "hex"),
    unchecked: false,
  },
  {
    name: "0a ff ff ff ff 0f (hostile)",
    bytes: Buffer.from("0affffffff0f", "hex"),
    unchecked: false,
  },
];

const rows = cases.map(({ name, bytes, unchecked }) => {
  let verdict = "accepted";
  try {
    checkWireFormat(bytes, layout);
  } catch {
    verdict = "refused";
  }
  const check = medianMicros(
    rounds,
    attempt(() => checkWireFormat(bytes, layout)),
  );
  const decode = unchecked
    ? medianMicros(
        Math.min(rounds, 5),
        attempt(() => wire.PredictRequest.deserializeBinary(bytes)),
      )
    : Number.NaN;
  return [
    name,
    String(bytes.length),
    verdict,
    check.toFixed(1),
    Number.isNaN(decode) ? "minutes (not run)" : decode.toFixed(1),
  ];
});

console.log(
  formatTable(
    ["PredictRequest", "bytes", "check", "check µs (median)", "google-protobuf alone µs (median)"],
    rows,
  ),
);
