/** Drafts that cover every dtype and value kind, with names and text that need quoting. */
import { readFileSync } from "node:fs";
import type { CodeExportSource } from "../../src/code-export/export-request";
import type { DraftValue } from "../../src/draft/draft-value";
import type { NumericDType } from "../../src/serving/types";

// The shared test data sits beside the checkout (scripts/check-prerequisites.ts names it).
const image = new Uint8Array(readFileSync("../shared/fixtures/images/cat.jpg"));

function tensor(dtype: NumericDType, text: string): DraftValue {
  return { kind: "tensor", dtype, editor: "nd", rows: 1, cols: 1, cells: [], text };
}

function scalar(dtype: NumericDType, text: string): DraftValue {
  return { kind: "scalar", dtype, text };
}

/** Returns nested-list text of `rows`×`cols` float32 values i/8 (beyond the inline limit). */
function bigText(rows: number, cols: number): string {
  const lines = Array.from(
    { length: rows },
    (_, r) => `[${Array.from({ length: cols }, (_, c) => String((r * cols + c) / 8)).join(", ")}]`,
  );
  return `[${lines.join(", ")}]`;
}

// The add servable reads x1 and x2 (cast to float32) and ignores every other input.
const everyKind: Record<string, DraftValue> = {
  x1: tensor("float16", "[[1.5, -2], [0.1, 65504]]"),
  x2: tensor("int64", "[[9007199254740993, -9007199254740993], [1, 2]]"),
  bools: tensor("bool", "[[true, false], [false, true]]"),
  i8: tensor("int8", "[-128, 127]"),
  u8: tensor("uint8", "[0, 255]"),
  i16: tensor("int16", "[-32768, 32767]"),
  u16: tensor("uint16", "[0, 65535]"),
  i32: tensor("int32", "[[[-2147483648], [2147483647]]]"),
  u32: tensor("uint32", "[4294967295, 0]"),
  u64: tensor("uint64", "[18446744073709551615, 9007199254740993]"),
  f32: tensor("float32", "[0.1, -0, 3.4e38, inf, -inf, 1e-45]"),
  f64: tensor("float64", "[1e-300, 0.1, -2.5, 123456789012345680000]"),
  big: tensor("float32", bigText(40, 30)),
  "s f16": scalar("float16", "0.1"),
  s_bool: scalar("bool", "true"),
  s_i64: scalar("int64", "-9223372036854775808"),
  s_u64: scalar("uint64", "18446744073709551615"),
  s_f64: scalar("float64", "nan"),
  p_bool: { kind: "bool", value: true },
  p_int: { kind: "int", text: "9007199254740993" },
  p_float: { kind: "float", text: "2" },
  'it\'s "odd" $(name)\\': {
    kind: "string",
    value: 'it\'s "quoted" \\ $HOME `x`\nline 2 — 中文 \u0001',
  },
  blob: { kind: "bytes", file: { id: "blob", name: "weird name's.bin", size: 5, type: "" } },
};

/** Returns a source for add.add_cast: one instance of every kind, one of bool and uint64. */
export function everyKindSource(
  wire: "1.3" | "1.2",
  transport: CodeExportSource["transport"],
  gatewayUrl: string,
): CodeExportSource {
  return {
    target: { servable: "add", method: "add_cast", version: 0 },
    wire,
    transport,
    gatewayUrl,
    instances: [
      { id: "a", values: everyKind },
      {
        id: "b",
        values: {
          x1: tensor("bool", "[[true, false], [true, true]]"),
          x2: tensor("uint64", "[[1, 2], [3, 18446744073709551615]]"),
        },
      },
    ],
    files: { blob: new Uint8Array([0, 1, 39, 34, 255]) },
  };
}

/** Returns a source for resnet50.classify_top1 with the cat image dropped as "cat photo.jpg". */
export function imageSource(
  wire: "1.3" | "1.2",
  transport: CodeExportSource["transport"],
  gatewayUrl: string,
): CodeExportSource {
  return {
    target: { servable: "resnet50", method: "classify_top1", version: 1 },
    wire,
    transport,
    gatewayUrl,
    instances: [
      {
        id: "a",
        values: {
          image: {
            kind: "image",
            file: { id: "cat", name: "cat.jpg", size: image.length, type: "image/jpeg" },
          },
        },
      },
    ],
    files: { cat: image },
  };
}
