import { useId } from "react";
import { useTranslation } from "react-i18next";
import { NumericComparisonView } from "./numeric-comparison-view";
import { BytesComparisonView, MismatchView, TextComparisonView } from "./other-output-views";
import { RankedComparisonView } from "./ranked-comparison-view";
import type { InstanceComparison, OutputComparison } from "../../compare/plan-comparison";

/** One instance position of both runs, as a group named "Instance N". */
export function InstanceComparisonView(props: {
  instance: InstanceComparison;
  tolerance: number | undefined;
}) {
  const { instance, tolerance } = props;
  const { t } = useTranslation("compare");
  const headingId = useId();
  return (
    <article className="compare-instance" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>{t("instance.title", { number: instance.index + 1 })}</h3>
      <InstanceBody instance={instance} tolerance={tolerance} />
    </article>
  );
}

function InstanceBody(props: { instance: InstanceComparison; tolerance: number | undefined }) {
  const { instance, tolerance } = props;
  const { t } = useTranslation("compare");
  switch (instance.kind) {
    case "only-a":
      return <p className="compare-mismatch">⚠ {t("instance.onlyA")}</p>;
    case "only-b":
      return <p className="compare-mismatch">⚠ {t("instance.onlyB")}</p>;
    case "errors":
      return (
        <dl className="compare-stats">
          <dt>{t("region.sideA")}</dt>
          <dd>
            {instance.errorA === undefined
              ? t("instance.noError")
              : `${t("instance.errors")}: ${instance.errorA}`}
          </dd>
          <dt>{t("region.sideB")}</dt>
          <dd>
            {instance.errorB === undefined
              ? t("instance.noError")
              : `${t("instance.errors")}: ${instance.errorB}`}
          </dd>
        </dl>
      );
    case "outputs":
      return instance.outputs.length === 0 ? (
        <p className="compare-note">{t("instance.noOutputs")}</p>
      ) : (
        instance.outputs.map((output) => (
          <OutputComparisonView key={output.name} output={output} tolerance={tolerance} />
        ))
      );
  }
}

function OutputComparisonView(props: { output: OutputComparison; tolerance: number | undefined }) {
  const { output, tolerance } = props;
  switch (output.kind) {
    case "numeric":
      return <NumericComparisonView {...output} tolerance={tolerance} />;
    case "ranked":
      return <RankedComparisonView name={output.name} ranked={output.ranked} />;
    case "text":
      return <TextComparisonView {...output} />;
    case "bytes":
      return <BytesComparisonView {...output} />;
    case "mismatch":
      return <MismatchView {...output} />;
  }
}
