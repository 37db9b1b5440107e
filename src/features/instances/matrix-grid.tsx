import { type ClipboardEvent, type KeyboardEvent, useMemo, useRef, useState } from "react";
import { describeError } from "../../../shared/describe-value";
import { describeIndex } from "../../draft/build-tensor";
import { parseElement } from "../../draft/parse-element";
import { applyPaste } from "./apply-paste";
import { findNextCell } from "./grid-keys";
import { CellErrors, MatrixCell } from "./matrix-cell";
import type { TensorDraft } from "../../draft/draft-value";

/** Returns the accessible name of a cell: "x1 element 3" in 1-D, "x1 row 2, column 1" in 2-D. */
export function cellLabel(name: string, draft: TensorDraft, index: number): string {
  return draft.editor === "1d"
    ? `${name} element ${index + 1}`
    : `${name} row ${Math.floor(index / draft.cols) + 1}, column ${(index % draft.cols) + 1}`;
}

/**
 * Grid editor of a 1-D or 2-D tensor: one text box per element, validated for the dtype at the
 * cell; arrows, Enter and Tab move between cells; pasting TSV or array text fills the grid.
 */
export function MatrixGrid(props: {
  name: string;
  draft: TensorDraft;
  onChange: (next: TensorDraft) => void;
}) {
  const { name, draft, onChange } = props;
  const table = useRef<HTMLTableElement>(null);
  const [pasteError, setPasteError] = useState<string>();
  const parsed = useMemo(
    () => draft.cells.map((cell) => parseElement(cell, draft.dtype)),
    [draft.cells, draft.dtype],
  );
  // Messages use numpy indices, the numbers the grid headers show.
  const shape = draft.editor === "1d" ? [draft.cols] : [draft.rows, draft.cols];
  const errors = parsed.flatMap((p, i) =>
    p.ok ? [] : [`${name}${describeIndex(i, shape)}: ${p.error}`],
  );

  const focusCell = (row: number, col: number) => {
    if (row < 0 || col < 0 || row >= draft.rows || col >= draft.cols) {
      return;
    }
    const cell = table.current?.querySelector<HTMLInputElement>(
      `[data-index="${row * draft.cols + col}"]`,
    );
    cell?.focus();
    cell?.select();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, row: number, col: number) => {
    const { selectionStart, selectionEnd, value } = event.currentTarget;
    const target = findNextCell(
      {
        key: event.key,
        shift: event.shiftKey,
        command: event.ctrlKey || event.metaKey,
        selectionStart,
        selectionEnd,
        length: value.length,
      },
      row,
      col,
    );
    if (target) {
      event.preventDefault();
      focusCell(...target);
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLInputElement>, row: number, col: number) => {
    const text = event.clipboardData.getData("text/plain");
    try {
      const next = applyPaste(draft, row, col, text);
      if (next) {
        event.preventDefault();
        setPasteError(undefined);
        onChange(next);
      }
    } catch (error) {
      event.preventDefault();
      setPasteError(`Cannot paste: ${describeError(error)}`);
    }
  };

  const setCell = (index: number, value: string) =>
    onChange({ ...draft, cells: draft.cells.with(index, value) });

  return (
    <div className="matrix">
      <table ref={table} className="matrix-table">
        {/* Indices as numpy counts them; each cell's own label names its place for assistive tech. */}
        <thead aria-hidden="true">
          <tr>
            {draft.editor === "2d" && <th />}
            {Array.from({ length: draft.cols }, (_, col) => (
              <th key={col}>{col}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: draft.rows }, (_, row) => (
            <tr key={row}>
              {draft.editor === "2d" && <th aria-hidden="true">{row}</th>}
              {Array.from({ length: draft.cols }, (_, col) => {
                const index = row * draft.cols + col;
                return (
                  <MatrixCell
                    key={col}
                    index={index}
                    label={cellLabel(name, draft, index)}
                    text={draft.cells[index] ?? ""}
                    // One parsed element per cell, and index < rows × cols = cells.length.
                    parsed={parsed[index]!}
                    onText={(value) => setCell(index, value)}
                    onKeyDown={(e) => onKeyDown(e, row, col)}
                    onPaste={(e) => onPaste(e, row, col)}
                  />
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {pasteError && <p className="field-error">{pasteError}</p>}
      <CellErrors errors={errors} />
    </div>
  );
}
