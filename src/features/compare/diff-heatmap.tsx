import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { formatCompareNumber } from "./format-compare-values";
import type { DiffBlocks } from "../../compare/downsample-max";

/** A canvas heatmap of |a − b|, one pixel per block (the block's largest difference), scaled up by CSS. */
export function DiffHeatmap(props: {
  name: string;
  rows: number;
  columns: number;
  blocks: DiffBlocks;
  /** The blocks' RGBA pixels, painted with the diff off the main thread. */
  pixels: Uint8ClampedArray<ArrayBuffer>;
}) {
  const { name, rows, columns, blocks, pixels } = props;
  const { t, i18n } = useTranslation("compare");
  const draw = useCallback(
    (canvas: HTMLCanvasElement | null) => {
      // Without ImageData or a 2-D context (jsdom) nothing is drawn; the statistics carry the values.
      const context = typeof ImageData === "undefined" ? null : canvas?.getContext("2d");
      if (!context) {
        return;
      }
      context.putImageData(new ImageData(pixels, blocks.width, blocks.height), 0, 0);
    },
    [blocks, pixels],
  );
  return (
    <canvas
      ref={draw}
      className="compare-heatmap"
      width={blocks.width}
      height={blocks.height}
      role="img"
      aria-label={t("numeric.heatmap", {
        name,
        rows,
        columns,
        width: blocks.width,
        height: blocks.height,
        top: formatCompareNumber(blocks.top, i18n.language),
      })}
    />
  );
}
