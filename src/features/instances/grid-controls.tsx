import { useState } from "react";
import { useTranslation } from "react-i18next";
import { resizeGridCells } from "../../draft/array-cells";
import { type Fill, fillCells } from "../../draft/fill-cells";
import { MAX_GRID_CELLS, MAX_GRID_SIDE } from "../../draft/grid-limits";
import { SizeField } from "./size-field";
import type { TensorDraft } from "../../draft/draft-value";

/** Size fields (rows/columns or length) and fill buttons of a grid tensor. */
export function GridControls(props: {
  name: string;
  draft: TensorDraft;
  onChange: (next: TensorDraft) => void;
  onError: (message: string | undefined) => void;
}) {
  const { name, draft, onChange } = props;
  const setError = props.onError;
  const { t } = useTranslation("instances");
  const { i18n } = useTranslation();
  const max = MAX_GRID_CELLS.toLocaleString(i18n.language);
  const fills: Fill[] =
    draft.editor === "2d" ? ["zeros", "ones", "identity", "random"] : ["zeros", "ones", "random"];
  // Sizes are typed a digit at a time ("1" on the way to "16"): resizing from the grid as it was
  // when the edit began keeps the values a smaller size passed on the way would have dropped.
  const [base, setBase] = useState<TensorDraft>();
  const resize = (rows: number, cols: number) => {
    const from = base ?? draft;
    const r = clampSide(rows);
    const c = clampSide(cols);
    if (r * c > MAX_GRID_CELLS) {
      setError(t("tensor.tooBig", { max }));
      return;
    }
    setError(undefined);
    onChange({
      ...draft,
      rows: r,
      cols: c,
      cells: resizeGridCells(
        from.cells,
        from.rows,
        from.cols,
        r,
        c,
        draft.dtype === "bool" ? "false" : "0",
      ),
    });
  };

  return (
    <>
      {draft.editor === "2d" && (
        <SizeField
          label={t("tensor.rows")}
          name={name}
          value={draft.rows}
          max={MAX_GRID_SIDE}
          onEditStart={() => setBase(draft)}
          onSize={(rows) => resize(rows, draft.cols)}
          onEditEnd={() => setBase(undefined)}
        />
      )}
      <SizeField
        label={t(draft.editor === "2d" ? "tensor.columns" : "tensor.length")}
        name={name}
        value={draft.cols}
        max={MAX_GRID_SIDE}
        onEditStart={() => setBase(draft)}
        onSize={(cols) => resize(draft.rows, cols)}
        onEditEnd={() => setBase(undefined)}
      />
      <small className="grid-cap">{t("tensor.cap", { max })}</small>
      <span className="fills" role="group" aria-label={t("tensor.fillGroup", { name })}>
        {fills.map((fill) => (
          <button
            key={fill}
            type="button"
            aria-label={t("tensor.fillLabel", { name, fill: t(`tensor.fills.${fill}`) })}
            onClick={() =>
              onChange({
                ...draft,
                cells: fillCells(fill, draft.rows, draft.cols, draft.dtype),
              })
            }
          >
            {t(`tensor.fills.${fill}`)}
          </button>
        ))}
      </span>
    </>
  );
}

function clampSide(n: number): number {
  return Number.isFinite(n) ? Math.min(Math.max(Math.round(n), 1), MAX_GRID_SIDE) : 1;
}
