import { type Fill, fillCells } from "../../state/fill-cells";
import { resizeCells } from "../../state/resize-cells";
import { MAX_GRID_CELLS, MAX_GRID_SIDE } from "./apply-paste";
import type { TensorDraft } from "../../state/draft-value";

/** Size fields (rows/columns or length) and fill buttons of a grid tensor. */
export function GridControls(props: {
  name: string;
  draft: TensorDraft;
  onChange: (next: TensorDraft) => void;
  onError: (message: string | undefined) => void;
}) {
  const { name, draft, onChange } = props;
  const setError = props.onError;
  const fills: Fill[] =
    draft.editor === "2d" ? ["zeros", "ones", "identity", "random"] : ["zeros", "ones", "random"];
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
    <>
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
    </>
  );
}

function clampSide(n: number): number {
  return Number.isFinite(n) ? Math.min(Math.max(Math.round(n), 1), MAX_GRID_SIDE) : 1;
}
