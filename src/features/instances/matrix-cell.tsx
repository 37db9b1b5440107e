import { memo, useLayoutEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { parseElement } from "../../draft/parse-element";
import type { NumericDType } from "../../serving/types";
import type { TFunction } from "i18next";
import type { ClipboardEvent, KeyboardEvent } from "react";

// Stand-ins for a cell's place in a translated name; no translation contains these characters.
const ROW = "\u0001r\u0001";
const COL = "\u0001c\u0001";

/**
 * Returns the accessible name of the grid's cells with stand-ins for the place: translating once
 * per grid render, not once per cell drawn, keeps scrolling smooth.
 */
export function describeCellPattern(
  t: TFunction<"instances">,
  name: string,
  oneD: boolean,
): string {
  return oneD
    ? t("tensor.element", { name, index: COL })
    : t("tensor.cell", { name, row: ROW, col: COL });
}

/** Returns the accessible name of a cell, 0-based as numpy indexes: "x1 element 3", "x1 row 2, column 0". */
export function describeCell(pattern: string, index: number, row: number, col: number): string {
  // A 1-D grid names the element by its flat index, which is its column.
  return pattern
    .replace(ROW, String(row))
    .replace(COL, String(pattern.includes(ROW) ? col : index));
}

/** What every cell of a grid does on input; one object for the grid's lifetime, so cells can skip re-rendering. */
export interface CellHandlers {
  onText(index: number, text: string): void;
  onKeyDown(event: KeyboardEvent<HTMLInputElement>, row: number, col: number): void;
  onPaste(event: ClipboardEvent<HTMLInputElement>, row: number, col: number): void;
  onFocusCell(index: number): void;
  onBlurCell(index: number): void;
}

/** What a cell's text box shows; written to the element directly (see `TextBox`). */
interface TextBoxState {
  index: number;
  row: number;
  col: number;
  text: string;
  label: string;
  invalid: boolean;
  title: string | undefined;
  tabbable: boolean;
}

/** Writes `next` into `input`, touching only what differs: each DOM write costs the frame. */
function writeTextBox(input: HTMLInputElement, next: TextBoxState): void {
  if (input.value !== next.text) {
    input.value = next.text;
  }
  if (input.getAttribute("aria-label") !== next.label) {
    input.setAttribute("aria-label", next.label);
  }
  const invalid = String(next.invalid);
  if (input.getAttribute("aria-invalid") !== invalid) {
    input.setAttribute("aria-invalid", invalid);
  }
  if (!next.title) {
    input.removeAttribute("title");
  } else if (input.title !== next.title) {
    input.title = next.title;
  }
  const tabIndex = next.tabbable ? 0 : -1;
  if (input.tabIndex !== tabIndex) {
    input.tabIndex = tabIndex;
  }
}

/**
 * The text box of a cell. React creates it once per slot and never updates it: while the grid
 * scrolls, a slot's cell changes index every frame, and React's update of a controlled text box
 * rewrites its name, value attribute and handlers each time. The layout effect writes only the
 * value, name and marks that changed; the handlers read the cell's place from a ref.
 */
function TextBox(props: {
  state: TextBoxState;
  handlers: CellHandlers;
  attach?: (input: HTMLInputElement | null) => void;
}) {
  const { state, handlers, attach } = props;
  const input = useRef<HTMLInputElement>(null);
  const current = useRef(state);
  useLayoutEffect(() => {
    current.current = state;
    if (input.current) {
      writeTextBox(input.current, state);
    }
  });
  useLayoutEffect(() => {
    attach?.(input.current);
  }, [attach]);
  // One element for the slot's lifetime: React compares it to itself and leaves the DOM alone.
  const [element] = useState(() => (
    <input
      ref={input}
      defaultValue={state.text}
      size={6}
      spellCheck={false}
      onChange={(e) => handlers.onText(current.current.index, e.target.value)}
      // Entering a cell selects its text, so typing replaces it as in a spreadsheet.
      onFocus={(e) => {
        e.currentTarget.select();
        handlers.onFocusCell(current.current.index);
      }}
      onBlur={() => handlers.onBlurCell(current.current.index)}
      onKeyDown={(e) => handlers.onKeyDown(e, current.current.row, current.current.col)}
      onPaste={(e) => handlers.onPaste(e, current.current.row, current.current.col)}
    />
  ));
  return element;
}

/**
 * One element of the matrix editor: its text box, a mark when invalid, and the float16 value sent.
 * Memoized: while the grid scrolls, the cells still in view keep their props and are not redrawn.
 */
export const MatrixCell = memo(function MatrixCell(props: {
  index: number;
  row: number;
  col: number;
  /** The accessible name with stand-ins for the place (`describeCellPattern`). */
  labelPattern: string;
  text: string;
  dtype: NumericDType;
  /** Where the grid places the cell and how big it is (px). */
  top: number;
  left: number;
  width: number;
  height: number;
  /** Whether Tab reaches this cell: one cell of the grid is in the page's Tab order. */
  tabbable: boolean;
  t: TFunction<"instances">;
  handlers: CellHandlers;
  /** Receives the text box, to focus a cell the keyboard moved to. */
  attach?: (input: HTMLInputElement | null) => void;
}) {
  const { index, row, col, text, attach, handlers, t } = props;
  const parsed = parseElement(text, props.dtype);
  const state: TextBoxState = {
    index,
    row,
    col,
    text,
    label: describeCell(props.labelPattern, index, row, col),
    invalid: !parsed.ok,
    title: parsed.ok ? parsed.sent && t("field.sends", { value: parsed.sent }) : parsed.error,
    tabbable: props.tabbable,
  };
  const style = { top: props.top, left: props.left, width: props.width, height: props.height };
  return (
    <div className={parsed.ok ? "matrix-cell" : "matrix-cell cell-invalid"} style={style}>
      <TextBox state={state} handlers={handlers} attach={attach} />
      {!parsed.ok && (
        <span className="cell-flag" aria-hidden="true">
          !
        </span>
      )}
      {parsed.ok && parsed.sent && (
        <small className="cell-sent">→ {Number(parsed.sent).toPrecision(5)}</small>
      )}
    </div>
  );
});

/** Lists the first invalid cells of a grid with their reasons (the mark alone is not enough). */
export function CellErrors(props: { errors: string[] }) {
  const { errors } = props;
  const { t } = useTranslation("instances");
  if (errors.length === 0) {
    return null;
  }
  return (
    <ul className="field-error">
      {errors.slice(0, 5).map((e) => (
        <li key={e}>⚠ {e}</li>
      ))}
      {errors.length > 5 && <li>{t("tensor.more", { count: errors.length - 5 })}</li>}
    </ul>
  );
}
