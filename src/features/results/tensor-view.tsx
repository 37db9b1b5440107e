import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { computeTensorStats } from "../../ui/compute-tensor-stats";
import { formatElement, formatNumber } from "../../ui/format-element";
import { HeatmapOverview } from "../../ui/heatmap-overview";
import { computeGridLayout, PAGE_COLUMNS, PAGE_ROWS } from "./compute-grid-layout";
import { TensorGrid } from "./tensor-grid";
import type { NumericArray, NumericDType } from "../../serving/types";

/** Shows a numeric tensor: min/max/mean, a paged grid, and for 2-D a heatmap toggle (plus an overview image when the matrix outgrows one page). */
export function TensorView(props: {
  name: string;
  dtype: NumericDType;
  shape: number[];
  data: NumericArray;
  canHeatmap: boolean;
}) {
  const { name, dtype, shape, data, canHeatmap } = props;
  const { t } = useTranslation("results");
  const stats = useMemo(() => computeTensorStats(data), [data]);
  const layout = useMemo(() => computeGridLayout(shape, data.length), [shape, data.length]);
  const [heatmap, setHeatmap] = useState(false);
  const heat =
    heatmap && stats.min !== undefined && stats.max !== undefined
      ? { min: Number(stats.min), max: Number(stats.max) }
      : undefined;
  return (
    <div className="results-tensor">
      <dl className="results-stats">
        <div>
          <dt>{t("tensor.min")}</dt>
          <dd>{stats.min === undefined ? "–" : formatElement(stats.min, dtype)}</dd>
        </div>
        <div>
          <dt>{t("tensor.max")}</dt>
          <dd>{stats.max === undefined ? "–" : formatElement(stats.max, dtype)}</dd>
        </div>
        <div>
          <dt>{t("tensor.mean")}</dt>
          <dd>{stats.mean === undefined ? "–" : formatNumber(stats.mean)}</dd>
        </div>
        {stats.nanCount > 0 && (
          <div>
            <dt>{t("tensor.nan")}</dt>
            <dd>{stats.nanCount}</dd>
          </div>
        )}
      </dl>
      {canHeatmap && (
        <button type="button" aria-pressed={heatmap} onClick={() => setHeatmap((on) => !on)}>
          {t("tensor.heatmap", { name })}
          {/* The state in words too, so it is not told by the button's look alone. */}
          <span className="results-toggle-state" aria-hidden="true">
            {heatmap ? t("tensor.on") : t("tensor.off")}
          </span>
        </button>
      )}
      {heat && (
        <p className="results-legend">
          <span>{formatNumber(heat.min)}</span>
          <span className="results-legend-ramp" aria-hidden="true" />
          <span>{formatNumber(heat.max)}</span>
          <span className="visually-hidden"> {t("tensor.scale")}</span>
        </p>
      )}
      {heat && (layout.rowCount > PAGE_ROWS || layout.columnCount > PAGE_COLUMNS) && (
        <HeatmapOverview
          label={t("tensor.overview", {
            name,
            rows: layout.rowCount,
            columns: layout.columnCount,
            min: formatNumber(heat.min),
            max: formatNumber(heat.max),
          })}
          data={data}
          rows={layout.rowCount}
          columns={layout.columnCount}
          min={heat.min}
          max={heat.max}
        />
      )}
      <TensorGrid name={name} dtype={dtype} data={data} layout={layout} heat={heat} />
    </div>
  );
}
