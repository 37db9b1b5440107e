import { useCallback, useMemo } from "react";
import { downsampleMatrix, paintBlockMeans } from "./downsample-matrix";
import { formatNumber } from "./format-element";
import type { NumericArray } from "../../serving/types";

/** Overview resolution: a 1000 × 1000 matrix becomes 200 × 200 blocks of 5 × 5 means. */
const MAX_SIDE = 200;

/** Shows a whole 2-D tensor as a small heatmap image of block means, beside the paged grid. */
export function HeatmapOverview(props: {
  name: string;
  data: NumericArray;
  rows: number;
  columns: number;
  min: number;
  max: number;
}) {
  const { name, data, rows, columns, min, max } = props;
  const blocks = useMemo(
    () => downsampleMatrix(data, rows, columns, MAX_SIDE),
    [data, rows, columns],
  );
  const draw = useCallback(
    (canvas: HTMLCanvasElement | null) => {
      // Without ImageData or a 2-D context (bare DOM environments) nothing is drawn; the grid
      // below still shows every value.
      const context = typeof ImageData === "undefined" ? null : canvas?.getContext("2d");
      if (!context) {
        return;
      }
      const pixels = paintBlockMeans(blocks, min, max);
      context.putImageData(new ImageData(pixels, blocks.width, blocks.height), 0, 0);
    },
    [blocks, min, max],
  );
  return (
    <canvas
      ref={draw}
      className="results-overview"
      width={blocks.width}
      height={blocks.height}
      role="img"
      aria-label={`Heatmap overview of ${name}: ${rows} × ${columns} values from ${formatNumber(min)} to ${formatNumber(max)}`}
    />
  );
}
