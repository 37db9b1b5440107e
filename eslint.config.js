import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import { importX } from "eslint-plugin-import-x";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";
import { layerZones } from "./eslint-zones.js";

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "dist/",
      "protocol/generated/",
      "test-results/",
      "playwright-report/",
      ".cache/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  importX.flatConfigs.recommended,
  importX.flatConfigs.typescript,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    settings: {
      "import-x/resolver": {
        typescript: {
          project: "tsconfig.json",
        },
      },
    },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      curly: "error",
      "import-x/no-named-as-default-member": "off",
      // TypeScript checks default imports itself, including CommonJS `export =` modules.
      "import-x/default": "off",
      "no-console": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "import-x/no-cycle": "error",
      "import-x/no-unresolved": "off",
      "import-x/order": [
        "error",
        {
          groups: ["builtin", "external", "internal", "parent", "sibling", "index", "type"],
          "newlines-between": "never",
          alphabetize: { order: "asc" },
        },
      ],
      // The layers and the directions they may import in: docs/architecture.md.
      "import-x/no-restricted-paths": ["error", { zones: layerZones }],
    },
  },
  {
    // Rules that need types: a promise is awaited or deliberately voided, a switch covers its union.
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/switch-exhaustiveness-check": [
        "error",
        { considerDefaultExhaustiveForUnions: true },
      ],
    },
  },
  {
    files: ["src/**/*.tsx"],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ["src/**/*.tsx"],
    rules: {
      // Scrollable code blocks take focus so that keyboard users can scroll them.
      "jsx-a11y/no-noninteractive-tabindex": ["error", { tags: ["pre"] }],
    },
  },
  {
    // Only protocol/ and src/serving touch the transport and the generated classes. Tests and
    // benchmarks elsewhere may build reference messages from the generated classes directly.
    files: ["**/*.{ts,tsx}"],
    ignores: ["protocol/**", "src/serving/**", "**/*.test.{ts,tsx}", "**/testing/**", "bench/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/protocol/generated/**"],
              message: "Use the plain types of protocol/ and src/serving.",
            },
            {
              group: ["@improbable-eng/grpc-web", "google-protobuf"],
              message: "Only protocol/ and src/serving talk to the wire.",
            },
          ],
        },
      ],
    },
  },
  {
    // Playwright fixtures hand their values to a callback named `use`, which is not React's hook.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    // Command-line programs print to the terminal.
    files: ["scripts/**", "server/**/main.ts", "bench/**"],
    rules: { "no-console": "off" },
  },
  prettier,
);
