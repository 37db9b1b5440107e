import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { computeTensorStats } from "../../ui/compute-tensor-stats";
import { formatElement, formatNumber } from "../../ui/format-element";
import { HeatmapOverview } from "../../ui/heatmap-overview";
import { formatPercent } from "../../ui/read-scores";
import { planPresentation, type PresentedTensor } from "./plan-presentation";
import { elementTiming, PRESENTER_ELEMENT_TIMING } from "./presenter-element-timing";
import type { InstanceResult } from "../../serving/types";

/** The result of the presented instance: the label in large type, top classes as percentage bars, tensors as heatmaps with their stats. */
export function PresentedResult(props: { result: InstanceResult }) {
  const { t, i18n } = useTranslation("presenter");
  const plan = useMemo(() => planPresentation(props.result), [props.result]);
  if (plan.kind === "failed") {
    return <p className="presenter-headline">{t("failed")}</p>;
  }
  const empty = plan.headline === undefined && plan.tensors.length === 0 && plan.texts.length === 0;
  return (
    <>
      {plan.headline !== undefined && (
        <p className="presenter-headline" {...elementTiming(PRESENTER_ELEMENT_TIMING.label)}>
          {plan.headline}
        </p>
      )}
      {plan.classes.length > 0 && (
        <>
          <ol className="presenter-classes" aria-label={t("topClasses")}>
            {plan.classes.map((item, i) => (
              <li key={i}>
                <span className="presenter-class-label">{item.label}</span>
                <span className="presenter-class-share">
                  {formatPercent(item.share, i18n.language)}
                </span>
                <span className="presenter-bar" aria-hidden="true">
                  <span style={{ width: `${(item.share * 100).toFixed(1)}%` }} />
                </span>
              </li>
            ))}
          </ol>
          {plan.softmaxed && <p className="presenter-note">{t("softmaxNote")}</p>}
        </>
      )}
      {plan.texts.map((text) => (
        <p key={text.name}>
          {text.name}: {text.text}
        </p>
      ))}
      {plan.tensors.map((tensor) => (
        <PresentedTensorView key={tensor.name} tensor={tensor} />
      ))}
      {empty && <p>{t("noOutputs")}</p>}
    </>
  );
}

function PresentedTensorView(props: { tensor: PresentedTensor }) {
  const { name, dtype, shape, data } = props.tensor;
  const { t } = useTranslation("presenter");
  const stats = useMemo(() => computeTensorStats(data), [data]);
  const rows = shape.length === 2 ? (shape[0] ?? 1) : 1;
  const columns = shape.length === 2 ? (shape[1] ?? data.length) : data.length;
  const min = stats.min === undefined ? undefined : Number(stats.min);
  const max = stats.max === undefined ? undefined : Number(stats.max);
  return (
    <div className="presenter-tensor">
      <p className="presenter-tensor-name">
        {name} · {t("values", { count: data.length })}
      </p>
      {shape.length === 2 && min !== undefined && max !== undefined && (
        <HeatmapOverview
          className="presenter-heatmap"
          label={t("heatmap", {
            name,
            rows,
            columns,
            min: formatNumber(min),
            max: formatNumber(max),
          })}
          data={data}
          rows={rows}
          columns={columns}
          min={min}
          max={max}
        />
      )}
      <dl className="presenter-stats">
        <div>
          <dt>{t("min")}</dt>
          <dd>{stats.min === undefined ? "–" : formatElement(stats.min, dtype)}</dd>
        </div>
        <div>
          <dt>{t("max")}</dt>
          <dd>{stats.max === undefined ? "–" : formatElement(stats.max, dtype)}</dd>
        </div>
        <div>
          <dt>{t("mean")}</dt>
          <dd>{stats.mean === undefined ? "–" : formatNumber(stats.mean)}</dd>
        </div>
      </dl>
    </div>
  );
}
