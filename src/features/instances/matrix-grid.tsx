import { type ClipboardEvent, type KeyboardEvent, useMemo, useRef, useState } from "react";
import { parseElement } from "../../state/parse-element";
import { applyPaste } from "./apply-paste";
import type { TensorDraft } from "../../state/draft-value";

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
  const errors = parsed.flatMap((p, i) =>
    p.ok ? [] : [`${cellLabel(name, draft, i)}: ${p.error}`],
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
    const input = event.currentTarget;
    const { selectionStart, selectionEnd, value } = input;
    // A freshly entered cell has all its text selected: arrows then move, as in spreadsheets.
    const whole = selectionStart === 0 && selectionEnd === value.length;
    const atStart = whole || selectionEnd === 0;
    const atEnd = whole || selectionStart === value.length;
    const moves: Record<string, [number, number] | undefined> = {
      ArrowUp: [row - 1, col],
      ArrowDown: [row + 1, col],
      // Left and right edit the text until the caret reaches its edge, as spreadsheets do.
      ArrowLeft: atStart ? [row, col - 1] : undefined,
      ArrowRight: atEnd ? [row, col + 1] : undefined,
      // Ctrl/Cmd+Enter sends the request; plain Enter moves down, Shift+Enter up.
      Enter: event.ctrlKey || event.metaKey ? undefined : [row + (event.shiftKey ? -1 : 1), col],
    };
    const target = moves[event.key];
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
      setPasteError(`Cannot paste: ${(error as Error).message}`);
    }
  };

  const setCell = (index: number, value: string) =>
    onChange({ ...draft, cells: draft.cells.with(index, value) });

  return (
    <div className="matrix">
      <table ref={table} className="matrix-table">
        <tbody>
          {Array.from({ length: draft.rows }, (_, row) => (
            <tr key={row}>
              {Array.from({ length: draft.cols }, (_, col) => {
                const index = row * draft.cols + col;
                const result = parsed[index];
                return (
                  <td key={col} className={result.ok ? undefined : "cell-invalid"}>
                    <input
                      data-index={index}
                      aria-label={cellLabel(name, draft, index)}
                      aria-invalid={!result.ok}
                      title={result.ok ? result.sent && `sends ${result.sent}` : result.error}
                      value={draft.cells[index]}
                      size={6}
                      spellCheck={false}
                      onChange={(e) => setCell(index, e.target.value)}
                      onKeyDown={(e) => onKeyDown(e, row, col)}
                      onPaste={(e) => onPaste(e, row, col)}
                    />
                    {!result.ok && (
                      <span className="cell-flag" aria-hidden="true">
                        !
                      </span>
                    )}
                    {result.ok && result.sent && (
                      <small className="cell-sent">→ {Number(result.sent).toPrecision(5)}</small>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {pasteError && <p className="field-error">{pasteError}</p>}
      {errors.length > 0 && (
        <ul className="field-error">
          {errors.slice(0, 5).map((e) => (
            <li key={e}>⚠ {e}</li>
          ))}
          {errors.length > 5 && <li>and {errors.length - 5} more</li>}
        </ul>
      )}
    </div>
  );
}
