import { useId, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { parseTolerance } from "../../compare/parse-tolerance";
import { planComparison, type RunComparison } from "../../compare/plan-comparison";
import { useComparisonStore } from "../../state/comparison-store";
import { formatCompareNumber } from "./format-compare-values";
import { InstanceComparisonView } from "./instance-comparison-view";
import { RunsSummary } from "./runs-summary";
import { ToleranceField } from "./tolerance-field";
import type { RequestFailure } from "../../serving/types";
import "./compare.css";

/** Builds the region's number formats for the language ahead of its first showing (the first costs most). */
export function prepareComparisonRegion(language: string): void {
  formatCompareNumber(0.5, language);
}

/** The region named "Comparison": two runs side by side, instance by instance; nothing while closed. */
export function ComparisonRegion() {
  const a = useComparisonStore((s) => s.a);
  const b = useComparisonStore((s) => s.b);
  const toleranceText = useComparisonStore((s) => s.tolerance);
  const { t } = useTranslation("compare");
  const headingId = useId();
  const plan = useMemo(
    () => (a && b ? planComparison(a.exchange.result, b.exchange.result) : undefined),
    [a, b],
  );
  if (!a || !b || !plan) {
    return null;
  }
  const tolerance = parseTolerance(toleranceText);
  return (
    <section className="compare-region" aria-labelledby={headingId}>
      <header className="compare-header">
        <h2 id={headingId}>{t("region.title")}</h2>
        <button type="button" onClick={() => useComparisonStore.getState().closeComparison()}>
          {t("region.close")}
        </button>
      </header>
      <RunsSummary a={a} b={b} />
      <ToleranceField />
      <ComparisonBody plan={plan} tolerance={tolerance.ok ? tolerance.value : undefined} />
    </section>
  );
}

function ComparisonBody(props: { plan: RunComparison; tolerance: number | undefined }) {
  const { plan, tolerance } = props;
  const { t } = useTranslation("compare");
  if (plan.kind === "failed") {
    return (
      <>
        <FailureNote side={t("region.sideA")} failure={plan.failureA} />
        <FailureNote side={t("region.sideB")} failure={plan.failureB} />
      </>
    );
  }
  return (
    <>
      {plan.countA !== plan.countB && (
        <p className="compare-mismatch" role="note">
          ⚠ {t("region.instanceCounts", { countA: plan.countA, countB: plan.countB })}
        </p>
      )}
      {plan.instances.length === 0 && <p className="compare-note">{t("region.noInstances")}</p>}
      {plan.instances.map((instance) => (
        <InstanceComparisonView key={instance.index} instance={instance} tolerance={tolerance} />
      ))}
    </>
  );
}

function FailureNote(props: { side: string; failure: RequestFailure | undefined }) {
  const { side, failure } = props;
  const { t } = useTranslation("compare");
  if (!failure) {
    return <p className="compare-note">{t("failure.succeeded", { side })}</p>;
  }
  return (
    <div className="compare-failure" role="alert">
      <strong>{t("failure.title", { side })}</strong>
      <p>
        {failure.grpcStatusName ? `${failure.grpcStatusName}: ` : ""}
        {failure.error}
      </p>
    </div>
  );
}
