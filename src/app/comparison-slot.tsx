import { lazy, Suspense } from "react";
import { useComparisonStore } from "../state/comparison-store";

// Loaded on first use, so the comparison views stay out of the initial bundle.
const ComparisonRegion = lazy(() =>
  import("../features/compare/comparison-region").then((m) => ({ default: m.ComparisonRegion })),
);

/** Shows the Comparison region while the comparison store holds two runs. */
export function ComparisonSlot() {
  const open = useComparisonStore((s) => s.a !== undefined && s.b !== undefined);
  if (!open) {
    return null;
  }
  return (
    <Suspense fallback={null}>
      <ComparisonRegion />
    </Suspense>
  );
}
