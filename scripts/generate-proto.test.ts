import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { generateProto, protoVariants } from "./generate-proto";

const committed = resolve(dirname(fileURLToPath(import.meta.url)), "../protocol/generated");
const fresh = mkdtempSync(join(tmpdir(), "serving-proto-"));

afterAll(() => rmSync(fresh, { recursive: true, force: true }));

describe("generateProto()", () => {
  it("reproduces the committed generated classes of both wire versions", () => {
    generateProto(fresh);
    for (const { outSubdir } of protoVariants) {
      const files = readdirSync(join(fresh, outSubdir)).sort();
      expect(readdirSync(join(committed, outSubdir)).sort()).toEqual(files);
      for (const file of files) {
        const actual = readFileSync(join(committed, outSubdir, file), "utf8");
        const expected = readFileSync(join(fresh, outSubdir, file), "utf8");
        expect(actual, `${outSubdir}/${file} is stale: run npm run proto`).toBe(expected);
      }
    }
  });
});
