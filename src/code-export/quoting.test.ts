import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { pythonString } from "./python-literal";
import { shellQuote } from "./shell-quote";

const odd = [
  "plain",
  "it's",
  'say "hi"',
  "back\\slash \\n not a newline",
  "line 1\nline 2\r\ttab",
  "$HOME `id` $(id) ;|&<> *?",
  "中文 — emoji 🚀",
  "\u0000\u0001\u007f\u0085\u2028",
  "'\"'\"",
];

describe("pythonString()", () => {
  it("reads back in Python as the same text", () => {
    const source = `import json\nprint(json.dumps([${odd.map(pythonString).join(", ")}]))`;
    const printed = execFileSync("/usr/bin/python3", ["-c", source], { encoding: "utf8" });
    expect(JSON.parse(printed)).toEqual(odd);
  });

  it("writes a lone surrogate as U+FFFD, as UTF-8 encoding does", () => {
    expect(pythonString("a\uD800b")).toBe('"a\uFFFDb"');
  });
});

describe("shellQuote()", () => {
  it("is one word that the shell reads back as the same text", () => {
    for (const text of odd.filter((t) => !t.includes("\u0000"))) {
      const printed = execFileSync("sh", ["-c", `printf %s ${shellQuote(text)}`], {
        encoding: "utf8",
      });
      expect(printed).toBe(text);
    }
  });
});
