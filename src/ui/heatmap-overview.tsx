import { useCallback, useMemo } from "react";
import { OVERVIEW_MAX_SIDE } from "../serving/tensor-summaries";
import { downsampleMatrix, paintBlockMeans } from "./downsample-matrix";
import type { NumericArray } from "../serving/types";

/** Overview resolution: a 1000 × 1000 matrix becomes 200 × 200 blocks of 5 × 5 means. */
const MAX_SIDE = OVERVIEW_MAX_SIDE;

/** Shows a whole 2-D tensor as a small heatmap image (role img, named by `label`) of block means. */
export function HeatmapOverview(props: {
  label: string;
  data: NumericArray;
  rows: number;
  columns: number;
  min: number;
  max: number;
  className?: string;
}) {
  const { label, data, rows, columns, min, max, className } = props;
  const blocks = useMemo(
    () => downsampleMatrix(data, rows, columns, MAX_SIDE),
    [data, rows, columns],
  );
  const draw = useCallback(
    (canvas: HTMLCanvasElement | null) => {
      // Without ImageData or a 2-D context (bare DOM environments) nothing is drawn; the values
      // are still shown elsewhere.
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
      className={className ?? "results-overview"}
      width={blocks.width}
      height={blocks.height}
      role="img"
      aria-label={label}
    />
  );
}
