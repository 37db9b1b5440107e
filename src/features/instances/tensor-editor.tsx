import { useState } from "react";
import { NUMERIC_DTYPES } from "../../state/draft-value";
import { type Fill, fillCells } from "../../state/fill-cells";
import { resizeCells } from "../../state/resize-cells";
import { MAX_GRID_CELLS, MAX_GRID_SIDE } from "./apply-paste";
import { convertTensorEditor } from "./convert-tensor-editor";
import { MatrixGrid } from "./matrix-grid";
import { NdTextEditor } from "./nd-text-editor";
import type { NumericDType } from "../../serving/types";
import type { TensorDraft, TensorEditor as EditorKind } from "../../state/draft-value";

const EDITORS: { value: EditorKind; label: string }[] = [
  { value: "1d", label: "1-D grid" },
  { value: "2d", label: "2-D grid" },
  { value: "nd", label: "Any rank (text)" },
];

/** Edits a tensor input: dtype, layout, size, fills, and the grid or text of its values. */
export function TensorEditor(props: {
  name: string;
  draft: TensorDraft;
  onChange: (next: TensorDraft) => void;
}) {
  const { name, draft, onChange } = props;
  const [error, setError] = useState<string>();
  const fills: Fill[] =
    draft.editor === "2d" ? ["zeros", "ones", "identity", "random"] : ["zeros", "ones", "random"];

  const switchEditor = (editor: EditorKind) => {
    try {
      setError(undefined);
      onChange(convertTensorEditor(draft, editor));
    } catch (e) {
      setError(`Cannot switch: ${(e as Error).message}`);
    }
  };
  const resize = (rows: number, cols: number) => {
    const r = clampSide(rows);
    const c = clampSide(cols);
    if (r * c > MAX_GRID_CELLS) {
      setError(
        `A grid holds at most ${MAX_GRID_CELLS} cells; use the "Any rank (text)" layout for bigger tensors.`,
      );
      return;
    }
    setError(undefined);
    onChange({
      ...draft,
      rows: r,
      cols: c,
      cells: resizeCells(
        draft.cells,
        draft.rows,
        draft.cols,
        r,
        c,
        draft.dtype === "bool" ? "false" : "0",
      ),
    });
  };

  return (
    <div className="tensor-editor">
      <div className="toolbar">
        <label>
          dtype
          <select
            aria-label={`${name} dtype`}
            value={draft.dtype}
            onChange={(e) => onChange({ ...draft, dtype: e.target.value as NumericDType })}
          >
            {NUMERIC_DTYPES.map((d) => (
              <option key={d}>{d}</option>
            ))}
          </select>
        </label>
        <label>
          layout
          <select
            aria-label={`${name} layout`}
            value={draft.editor}
            onChange={(e) => switchEditor(e.target.value as EditorKind)}
          >
            {EDITORS.map((e) => (
              <option key={e.value} value={e.value}>
                {e.label}
              </option>
            ))}
          </select>
        </label>
        {draft.editor === "2d" && (
          <label>
            rows
            <input
              type="number"
              min={1}
              max={MAX_GRID_SIDE}
              aria-label={`${name} rows`}
              value={draft.rows}
              onChange={(e) => resize(Number(e.target.value), draft.cols)}
            />
          </label>
        )}
        {draft.editor !== "nd" && (
          <label>
            {draft.editor === "2d" ? "columns" : "length"}
            <input
              type="number"
              min={1}
              max={MAX_GRID_SIDE}
              aria-label={`${name} ${draft.editor === "2d" ? "columns" : "length"}`}
              value={draft.cols}
              onChange={(e) => resize(draft.rows, Number(e.target.value))}
            />
          </label>
        )}
        {draft.editor !== "nd" && (
          <span className="fills" role="group" aria-label={`Fill ${name}`}>
            {fills.map((fill) => (
              <button
                key={fill}
                type="button"
                aria-label={`Fill ${name} with ${fill}`}
                onClick={() =>
                  onChange({
                    ...draft,
                    cells: fillCells(fill, draft.rows, draft.cols, draft.dtype),
                  })
                }
              >
                {fill}
              </button>
            ))}
          </span>
        )}
      </div>
      {error && <p className="field-error">⚠ {error}</p>}
      {draft.editor === "nd" ? (
        <NdTextEditor name={name} draft={draft} onChange={onChange} />
      ) : (
        <MatrixGrid name={name} draft={draft} onChange={onChange} />
      )}
    </div>
  );
}

function clampSide(n: number): number {
  return Number.isFinite(n) ? Math.min(Math.max(Math.round(n), 1), MAX_GRID_SIDE) : 1;
}
