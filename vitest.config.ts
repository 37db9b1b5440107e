import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

// Two projects: protocol, server and tooling code runs in Node; UI code runs in jsdom.
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "node",
          environment: "node",
          include: [
            "protocol/**/*.test.ts",
            "shared/**/*.test.ts",
            "src/serving/**/*.test.ts",
            "src/workers/**/*.test.ts",
            "src/tensor-files/**/*.test.ts",
            "src/code-export/**/*.test.ts",
            "src/compare/**/*.test.ts",
            "server/**/*.test.ts",
            "scripts/**/*.test.ts",
            "envoy/**/*.test.ts",
            "integration/**/*.test.ts",
            "bench/**/*.test.ts",
          ],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: "web",
          environment: "jsdom",
          include: [
            "src/{state,draft,history,features,ui,app,i18n,load-test,paste-request}/**/*.test.{ts,tsx}",
          ],
          setupFiles: ["src/testing/test-setup.ts"],
        },
      },
    ],
  },
});
