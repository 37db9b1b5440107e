import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

// The repository's own config; only the rules that need a type-checked program are off, since
// the fixtures below are linted as text at paths no TypeScript project lists.
const eslint = new ESLint({
  cwd: root,
  overrideConfig: {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      "@typescript-eslint/no-floating-promises": "off",
      "@typescript-eslint/switch-exhaustiveness-check": "off",
    },
  },
});

/** Returns the rule ids that fire on `code` linted as if it were the file at `path`. */
async function ruleIdsAt(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = imported;\n`, {
    filePath: resolve(root, path),
  });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const crossings: [zone: string, path: string, code: string, rule: string][] = [
  [
    "server does not import the browser app",
    "server/serving/crossing.ts",
    'import { ServingClient as imported } from "../../src/serving/client";',
    "import-x/no-restricted-paths",
  ],
  [
    "the browser app does not import the server",
    "src/state/crossing.ts",
    'import { startServing as imported } from "../../server/serving/start";',
    "import-x/no-restricted-paths",
  ],
  [
    "protocol/ does not import the browser app",
    "protocol/crossing.ts",
    'import { ServingClient as imported } from "../src/serving/client";',
    "import-x/no-restricted-paths",
  ],
  [
    "shared/ does not import protocol/",
    "shared/crossing.ts",
    'import { decodeTensor as imported } from "../protocol/decode-tensor";',
    "import-x/no-restricted-paths",
  ],
  [
    "features do not import each other",
    "src/features/results/crossing.tsx",
    'import { SendBar as imported } from "../send/send-bar";',
    "import-x/no-restricted-paths",
  ],
  [
    "stores do not import features",
    "src/state/crossing.ts",
    'import { ResultsPanel as imported } from "../features/results/results-panel";',
    "import-x/no-restricted-paths",
  ],
  [
    "the client does not import the app",
    "src/serving/crossing.ts",
    'import { App as imported } from "../app/app";',
    "import-x/no-restricted-paths",
  ],
  [
    "the client does not import stores",
    "src/serving/crossing.ts",
    'import { useRunsStore as imported } from "../state/runs-store";',
    "import-x/no-restricted-paths",
  ],
  [
    "the worker client does not import the client",
    "src/workers/crossing.ts",
    'import { ServingClient as imported } from "../serving/client";',
    "import-x/no-restricted-paths",
  ],
  [
    "the server does not import the generated classes",
    "server/serving/crossing.ts",
    'import { PredictRequest as imported } from "../../protocol/generated/serving-1.3/ms_service";',
    "no-restricted-imports",
  ],
  [
    "stores do not import the protobuf runtime",
    "src/state/crossing.ts",
    'import imported from "google-protobuf";',
    "no-restricted-imports",
  ],
  [
    "features do not import the gRPC-Web transport",
    "src/features/results/crossing.tsx",
    'import { grpc as imported } from "@improbable-eng/grpc-web";',
    "no-restricted-imports",
  ],
];

describe("lint boundaries", () => {
  it.each(crossings)("%s", async (_zone, path, code, rule) => {
    expect(await ruleIdsAt(path, code)).toContain(rule);
  });

  it.each([
    [
      "a feature imports a store",
      "src/features/results/allowed.tsx",
      'import { useRunsStore as imported } from "../../state/runs-store";',
    ],
    [
      "the server imports protocol/",
      "server/serving/allowed.ts",
      'import { decodeTensor as imported } from "../../protocol/decode-tensor";',
    ],
    [
      "the client imports the generated classes",
      "src/serving/allowed.ts",
      'import { PredictRequest as imported } from "../../protocol/generated/serving-1.3/ms_service";',
    ],
  ])("lets %s", async (_case, path, code) => {
    expect(await ruleIdsAt(path, code)).toEqual([]);
  });
});
