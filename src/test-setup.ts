import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";
// jsdom has no IndexedDB; this in-memory implementation follows the spec closely.
import "fake-indexeddb/auto";

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup);
