import { describe, expect, it } from "vitest";
import { MAX_PASTE_CHARS } from "./tensor-limits";
import { pasteErrorOf } from "./testing/paste-error-of";

describe("what a paste cannot read is named with its line and column", () => {
  it.each([
    ['{"instances": [{"x": [1, 2}]}', 1, 27, 'expected "," or "]"'],
    ['{\n  "instances": [\n    {"x": [[1, 2], [3]]}\n  ]\n}', 3, 20, "has 1 items, another 2"],
    ['{"instances": [{"x": 3000000000}]}', 1, 22, "beyond int32"],
    [
      '{"instances": [{"x": {"b64": "AAAA", "type": "float32", "shape": [2]}}]}',
      1,
      30,
      "3 bytes do not hold 2 float32",
    ],
    ['{"instances": [{"x": {"b64": "AA", "type": "complex"}}]}', 1, 44, 'unknown type "complex"'],
    [
      '{"instances": [{"x": {"b64": "", "type": "int8", "shape": [100000, 100000]}}]}',
      1,
      59,
      "the editor holds at most",
    ],
    ['{"instances": [{"x": null}]}', 1, 22, "null"],
    [
      '{"servableSpec": {"name": "a"}, "instances": [{"items": {"x": {"dtype": "MS_INT32", "shape": {"dims": ["2"]}, "data": "AAAA"}}}]}',
      1,
      119,
      "3 bytes do not hold 2 int32",
    ],
    ['{"instances": [{"items": {"x": {"dtype": "MS_WHAT"}}}]}', 1, 42, "unknown dtype"],
    [
      '{"instances": [{"items": {"s": {"dtype": "MS_STRING", "bytesVal": ["YQ==", "Yg=="]}}}]}',
      1,
      67,
      "one bytes_val element, not 2",
    ],
    ["curl -d @body.json http://h:1500/model/add:add_common", 1, 9, "read from the file body.json"],
    ["curl -d '{\"instances\": []}' http://h:1500/predict", 1, 29, "not a Serving REST URL"],
    [
      'curl http://h/model/a:b \\\n  --data \'{"instances": [{"x": tru}]}\'',
      2,
      32,
      "expected a JSON value",
    ],
    ['curl http://h/model/a:b -d "$BODY"', 1, 29, "shell expansions"],
    ["curl http://h/model/a:b --frobnicate -d '{}'", 1, 25, "option --frobnicate"],
    ["curl 'http://h/model/a:b -d '{}'", 1, 32, "single quote is not closed"],
    [
      "grpcurl -plaintext -d @ localhost:5500 mindspore.serving.proto.MSService/Predict <<'EOF'\n{}\n",
      1,
      82,
      'never ends with a line "EOF"',
    ],
    [
      "grpcurl -d @ h:1 mindspore.serving.proto.MSService/Predict <<'EOF'\n{\"instances\": [}\nEOF\n",
      2,
      16,
      "expected a JSON value",
    ],
    [
      "grpcurl -plaintext -d @ localhost:5500 mindspore.serving.proto.MSService/Predict <<EOF",
      1,
      82,
      "another command or a redirection",
    ],
    [
      "grpcurl -plaintext -d @ localhost:5500 mindspore.serving.proto.MSService/Predict",
      1,
      23,
      "stdin",
    ],
    ["grpcurl -d '{}' localhost:5500 list", 1, 32, "MSService/Predict"],
  ])("%s", (text, line, column, message) => {
    const error = pasteErrorOf(text);
    expect(error.message).toContain(message);
    expect([error.line, error.column]).toEqual([line, column]);
  });

  it("refuses text that is none of the forms, naming what was expected", () => {
    for (const text of ["hello", "", "<xml/>", "42"]) {
      expect(pasteErrorOf(text).message).toMatch(
        /REST JSON body.*curl command.*grpcurl.*Python instances/,
      );
    }
  });

  it("refuses a text over the size limit before reading it", () => {
    const error = pasteErrorOf(" ".repeat(MAX_PASTE_CHARS + 1));
    expect(error.message).toContain("64 MB");
  });
});
