/** Measures the JavaScript a first visit loads: the entry chunk of dist/ and its static imports, gzip-compressed. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";

/** The initial chunks and their total gzip size in bytes. */
export interface InitialJs {
  readonly files: readonly string[];
  readonly gzipBytes: number;
  readonly rawBytes: number;
}

// Static imports in Vite's minified output: `import"./x.js"`, `from"./x.js"` (never `import("./x.js")`).
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g;

/** Returns the initial JavaScript of the build in `distDir` (index.html's module script and its static import graph). */
export function measureInitialJs(distDir: string): InitialJs {
  const html = readFileSync(join(distDir, "index.html"), "utf8");
  const entries = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map(
    (m) => m[1] ?? "",
  );
  const seen = new Set<string>();
  const queue = entries.map((src) => normalize(join(distDir, src.replace(/^\//, ""))));
  while (queue.length > 0) {
    const file = queue.pop() ?? "";
    if (seen.has(file) || !existsSync(file)) {
      continue;
    }
    seen.add(file);
    const code = readFileSync(file, "utf8");
    for (const match of code.matchAll(STATIC_IMPORT)) {
      const spec = match[1] ?? "";
      if (spec.startsWith(".")) {
        queue.push(normalize(join(dirname(file), spec)));
      } else if (spec.startsWith("/")) {
        queue.push(normalize(join(distDir, spec.slice(1))));
      }
    }
  }
  let gzipBytes = 0;
  let rawBytes = 0;
  for (const file of seen) {
    const bytes = readFileSync(file);
    rawBytes += bytes.byteLength;
    gzipBytes += gzipSync(bytes, { level: 9 }).byteLength;
  }
  return { files: [...seen], gzipBytes, rawBytes };
}

/** Makes a production build of the app into a fresh temporary folder and measures its initial JavaScript. */
export async function measureProductionBuild(root: string): Promise<InitialJs> {
  const { build } = await import("vite");
  const outDir = mkdtempSync(join(tmpdir(), "console-initial-js-"));
  try {
    await build({
      root,
      logLevel: "warn",
      mode: "production",
      build: { outDir, emptyOutDir: true },
    });
    return measureInitialJs(outDir);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
