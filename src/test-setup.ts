import "@testing-library/jest-dom/vitest";
// jsdom has no IndexedDB; this in-memory implementation follows the spec closely.
import "fake-indexeddb/auto";
