import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach, beforeEach } from "vitest";
import { resetStores } from "../state/testing/reset-stores";
// jsdom has no IndexedDB; this in-memory implementation follows the spec closely.
import "fake-indexeddb/auto";

// Every test starts from the stores of a fresh page.
beforeEach(resetStores);

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup);
