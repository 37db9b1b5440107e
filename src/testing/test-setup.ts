import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach, beforeEach } from "vitest";
import { setupI18n } from "../i18n/setup-i18n";
import { resetStores } from "../state/testing/reset-stores";
// jsdom has no IndexedDB; this in-memory implementation follows the spec closely.
import "fake-indexeddb/auto";

// Tests read the English texts, whatever the machine's locale.
setupI18n({ language: "en" });

// Every test starts from the stores of a fresh page.
beforeEach(resetStores);

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup);
