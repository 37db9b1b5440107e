import { useId, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { matrixLayout } from "../../compare/downsample-max";
import { countOverTolerance } from "../../compare/numeric-diff";
import { DiffHeatmap } from "./diff-heatmap";
import { formatArrayElement, formatCompareNumber, formatPosition } from "./format-compare-values";
import { useTensorDiff } from "./use-tensor-diff";
import type { TensorDiff } from "../../compare/diff-in-background";
import type { NumericArray, NumericDType } from "../../serving/types";

/** Tensors up to this many elements are shown whole, A beside B; larger ones by their largest differences. */
const SIDE_BY_SIDE_LIMIT = 64;

/** One numeric output of both runs: statistics, the heatmap of |a − b|, and the values side by side. */
export function NumericComparisonView(props: {
  name: string;
  dtype: NumericDType;
  shape: number[];
  a: NumericArray;
  b: NumericArray;
  /** The valid tolerance, or undefined while the field holds no valid number. */
  tolerance: number | undefined;
}) {
  const { name, dtype, shape, a, b, tolerance } = props;
  const { t } = useTranslation("compare");
  const headingId = useId();
  const state = useTensorDiff(dtype, shape, a, b);
  return (
    <div className="compare-output" role="group" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {name} <span className="compare-type">{`${dtype} [${shape.join(", ")}]`}</span>
      </h4>
      {state.status === "computing" && <p role="status">{t("numeric.computing")}</p>}
      {state.status === "failed" && (
        <p role="alert">{t("numeric.failed", { error: state.error })}</p>
      )}
      {state.status === "done" && (
        <NumericDiffDetails {...props} diff={state.diff} tolerance={tolerance} />
      )}
    </div>
  );
}

function NumericDiffDetails(props: {
  name: string;
  dtype: NumericDType;
  shape: number[];
  a: NumericArray;
  b: NumericArray;
  tolerance: number | undefined;
  diff: TensorDiff;
}) {
  const { name, dtype, shape, a, b, tolerance, diff } = props;
  const { t, i18n } = useTranslation("compare");
  const language = i18n.language;
  const { stats } = diff;
  const over = useMemo(
    () => (tolerance === undefined ? undefined : countOverTolerance(diff.absolute, tolerance)),
    [diff.absolute, tolerance],
  );
  const { rows, columns } = matrixLayout(shape);
  const number = (value: number) => formatCompareNumber(value, language);
  const at = (value: number, index: number) =>
    index < 0
      ? number(value)
      : t("numeric.at", { value: number(value), index: formatPosition(index, shape) });
  const indexes =
    stats.count <= SIDE_BY_SIDE_LIMIT
      ? Array.from({ length: stats.count }, (_, i) => i)
      : stats.largest.map((d) => d.index);
  return (
    <>
      <dl className="compare-stats">
        <dt>{t("numeric.elements")}</dt>
        <dd>{number(stats.count)}</dd>
        <dt>{t("numeric.differing")}</dt>
        <dd>{number(stats.differing)}</dd>
        <dt>{t("numeric.maxAbsolute")}</dt>
        <dd>{at(stats.maxAbsolute, stats.maxAbsoluteIndex)}</dd>
        <dt>
          <abbr title={t("numeric.relativeNote")}>{t("numeric.maxRelative")}</abbr>
        </dt>
        <dd>{at(stats.maxRelative, stats.maxRelativeIndex)}</dd>
        <dt>{t("numeric.overTolerance")}</dt>
        <dd>{over === undefined ? "—" : number(over)}</dd>
        {stats.nanMismatches > 0 && (
          <>
            <dt>{t("numeric.nanMismatches")}</dt>
            <dd>{number(stats.nanMismatches)}</dd>
          </>
        )}
      </dl>
      {stats.differing === 0 ? (
        <p className="compare-note">{t("numeric.identical")}</p>
      ) : (
        <DiffHeatmap
          name={name}
          rows={rows}
          columns={columns}
          blocks={diff.blocks}
          pixels={diff.pixels}
        />
      )}
      {indexes.length > 0 && (
        <table className="compare-values">
          <caption>
            {stats.count <= SIDE_BY_SIDE_LIMIT
              ? t("numeric.sideBySide", { name })
              : t("numeric.largestDifferences", { name })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("numeric.index")}</th>
              <th scope="col">{t("numeric.valueA")}</th>
              <th scope="col">{t("numeric.valueB")}</th>
              <th scope="col">{t("numeric.absolute")}</th>
            </tr>
          </thead>
          <tbody>
            {indexes.map((index) => {
              const difference = diff.absolute[index] ?? 0;
              const isOver = tolerance !== undefined && !(difference <= tolerance);
              return (
                <tr key={index} className={isOver ? "compare-over" : undefined}>
                  <th scope="row">{formatPosition(index, shape)}</th>
                  <td>{formatArrayElement(a, index, dtype, language)}</td>
                  <td>{formatArrayElement(b, index, dtype, language)}</td>
                  <td>{number(difference)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
