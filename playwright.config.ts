import { defineConfig, devices } from "@playwright/test";

// CONSOLE_URL points the suite at a console that is already running (with CONSOLE_GATEWAY as its
// gateway); without it, `npm start` brings up the whole chain: stand-in Serving, gateway, built app.
const consoleUrl = process.env.CONSOLE_URL ?? "http://localhost:4173";

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 120_000,
  expect: { timeout: 30_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL: consoleUrl,
    trace: "on-first-retry",
    screenshot: "only-on-failure",
    ...devices["Desktop Chrome"],
    viewport: { width: 1440, height: 1000 },
    // Every spec reads the English texts unless it sets its own locale (e2e/zh-cn.spec.ts).
    locale: "en-US",
    // Debian's Chromium: the suite never downloads a browser.
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: process.env.CONSOLE_URL
    ? undefined
    : {
        command: "npm start -- --resnet50-model ../shared/models/mobilenetv2-12-int8.onnx",
        url: consoleUrl,
        reuseExistingServer: !process.env.CI,
        // The build and loading the classifier take a while on a small machine.
        timeout: 300_000,
        stdout: "pipe",
        stderr: "pipe",
      },
});
