import { lazy, Suspense, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useComparisonStore } from "../state/comparison-store";
import type * as Region from "../features/compare/comparison-region";

let regionModule: Promise<typeof Region> | undefined;

// One load of the region's chunk, shared by the preload at the first pick and the lazy view.
function loadRegion(): Promise<typeof Region> {
  regionModule ??= import("../features/compare/comparison-region");
  return regionModule;
}

// Loaded on first use, so the comparison views stay out of the initial bundle.
const ComparisonRegion = lazy(() => loadRegion().then((m) => ({ default: m.ComparisonRegion })));

/** Shows the Comparison region while the comparison store holds two runs. */
export function ComparisonSlot() {
  const open = useComparisonStore((s) => s.a !== undefined && s.b !== undefined);
  const picking = useComparisonStore((s) => s.expected);
  const { i18n } = useTranslation();
  const language = i18n.language;
  useEffect(() => {
    if (!picking) {
      return;
    }
    // While the user picks the second run, the region's chunk loads and its number formats
    // warm up, so the second pick does not wait for either.
    loadRegion().then(
      (m) => m.prepareComparisonRegion(language),
      () => {
        // The lazy view retries the load and shows its own failure when the region opens.
        regionModule = undefined;
      },
    );
  }, [picking, language]);
  if (!open) {
    return null;
  }
  return (
    <Suspense fallback={null}>
      <ComparisonRegion />
    </Suspense>
  );
}
