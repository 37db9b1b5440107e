/**
 * The wire version Auto found per gateway and servable, kept in localStorage so a reload sends in
 * the right layout at once.
 */
import { create } from "zustand";
import { persist } from "zustand/middleware";
import { localJsonStorage } from "./late-local-storage";
import type { WireVersion } from "../serving/types";

/** What a fresh page knows: no detections. */
export function initialWireDetection(): Pick<WireDetectionState, "detected"> {
  return { detected: {} };
}

interface WireDetectionState {
  /** Detected wire by `detectionKey(gateway, servable)`. */
  detected: Record<string, WireVersion>;
  /** Records what a call showed Serving speaks. */
  remember(gatewayUrl: string, servable: string, wire: WireVersion): void;
}

/** Returns the key of a gateway and servable, ignoring surrounding spaces and trailing slashes. */
export function detectionKey(gatewayUrl: string, servable: string): string {
  return `${gatewayUrl.trim().replace(/\/+$/, "")} ${servable.trim()}`;
}

/** The wire detection store (persisted). */
export const useWireDetectionStore = create<WireDetectionState>()(
  persist(
    (set) => ({
      ...initialWireDetection(),
      remember: (gatewayUrl, servable, wire) =>
        set((s) => ({ detected: { ...s.detected, [detectionKey(gatewayUrl, servable)]: wire } })),
    }),
    {
      name: "serving-console.detected-wire",
      storage: localJsonStorage(),
      partialize: (s) => ({ detected: s.detected }),
      // A stored value is used to pick a wire, so anything but the two versions is dropped.
      merge: (stored, current) => ({ ...current, detected: validDetections(stored) }),
    },
  ),
);

/** Returns the detected wire for a gateway and servable, if Auto found one. */
export function selectDetectedWire(
  state: Pick<WireDetectionState, "detected">,
  gatewayUrl: string,
  servable: string,
): WireVersion | undefined {
  return state.detected[detectionKey(gatewayUrl, servable)];
}

function validDetections(stored: unknown): Record<string, WireVersion> {
  const detected = (stored as { detected?: unknown } | undefined)?.detected;
  if (typeof detected !== "object" || detected === null) {
    return {};
  }
  return Object.fromEntries(
    Object.entries(detected).filter(
      (entry): entry is [string, WireVersion] => entry[1] === "1.3" || entry[1] === "1.2",
    ),
  );
}
