import { useState } from "react";
import { useTranslation } from "react-i18next";
import { computeHeatColour } from "../../ui/compute-heat-colour";
import { formatElement } from "../../ui/format-element";
import { computeGridWindow, PAGE_COLUMNS, PAGE_ROWS } from "./compute-grid-layout";
import { GridPager } from "./grid-pager";
import type { NumericArray, NumericDType } from "../../serving/types";
import type { GridLayout } from "./compute-grid-layout";

/** Heatmap scale of a grid: the tensor's own min and max. */
export interface HeatScale {
  min: number;
  max: number;
}

/**
 * Shows one page (at most PAGE_ROWS × PAGE_COLUMNS cells) of a tensor as a table, with pagers
 * when it has more; with `heat`, cells are coloured by value and still show the number.
 */
export function TensorGrid(props: {
  name: string;
  dtype: NumericDType;
  data: NumericArray;
  layout: GridLayout;
  heat?: HeatScale;
}) {
  const { name, dtype, data, layout, heat } = props;
  const { t } = useTranslation("results");
  const [start, setStart] = useState({ row: 0, column: 0 });
  const window = computeGridWindow(layout, start.row, start.column);
  const rows = range(window.rowStart, window.rowEnd);
  const columns = range(window.columnStart, window.columnEnd);
  return (
    <div className="results-grid">
      {layout.rowCount > PAGE_ROWS && (
        <GridPager
          axis="rows"
          name={name}
          start={window.rowStart}
          end={window.rowEnd}
          total={layout.rowCount}
          page={PAGE_ROWS}
          onMove={(row) => setStart({ row, column: window.columnStart })}
        />
      )}
      {layout.columnCount > PAGE_COLUMNS && (
        <GridPager
          axis="columns"
          name={name}
          start={window.columnStart}
          end={window.columnEnd}
          total={layout.columnCount}
          page={PAGE_COLUMNS}
          onMove={(column) => setStart({ row: window.rowStart, column })}
        />
      )}
      <table className={heat ? "results-table results-heatmap" : "results-table"}>
        <caption className="visually-hidden">
          {t(heat ? "tensor.captionHeat" : "tensor.caption", { name })}
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t("tensor.index")}</span>
            </th>
            {columns.map((column) => (
              <th key={column} scope="col">
                {layout.columnLabel(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row}>
              <th scope="row">{layout.rowLabel(row)}</th>
              {columns.map((column) => {
                const index = layout.indexOf(row, column);
                if (index < 0) {
                  return <td key={column} />;
                }
                const value = data[index];
                const colour = heat && computeHeatColour(Number(value), heat.min, heat.max);
                return (
                  <td
                    key={column}
                    style={
                      colour
                        ? { background: colour.background, color: colour.foreground }
                        : undefined
                    }
                  >
                    {formatElement(value!, dtype)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function range(start: number, end: number): number[] {
  return Array.from({ length: Math.max(0, end - start) }, (_, i) => start + i);
}
