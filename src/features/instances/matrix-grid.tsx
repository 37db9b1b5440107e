import { observeElementRect, type Rect, useVirtualizer } from "@tanstack/react-virtual";
import i18next, { type TFunction } from "i18next";
import {
  type ClipboardEvent,
  type KeyboardEvent,
  useDeferredValue,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { useTranslation } from "react-i18next";
import { describeError } from "../../../shared/describe-value";
import { readCell, writeCell } from "../../draft/array-cells";
import { describeIndex } from "../../draft/build-tensor";
import { applyPaste } from "./apply-paste";
import { CellChecker } from "./cell-checker";
import { findNextCell } from "./grid-keys";
import { bySlot, fixedWindow, windowSpan } from "./grid-window";
import {
  CellErrors,
  type CellHandlers,
  describeCell,
  describeCellPattern,
  MatrixCell,
} from "./matrix-cell";
import type { TensorDraft } from "../../draft/draft-value";

// Fixed cell sizes let the grid place any cell without measuring the ones before it.
const CELL_WIDTH = 92;
const CELL_HEIGHT = 44;
const HEADER_HEIGHT = 22;
const ROW_HEADER_WIDTH = 56;
const MAX_VIEW_HEIGHT = 384;
// Cells drawn beyond each edge of the view; one is enough for a cell to be there before it scrolls in.
const OVERSCAN = 1;
// Without layout (jsdom, a hidden panel) the grid assumes this viewport instead of an empty one.
const FALLBACK_RECT: Rect = { width: 1280, height: MAX_VIEW_HEIGHT };

/** Returns the accessible name of a cell, 0-based as numpy indexes: "x1 element 3", "x1 row 2, column 0". */
export function cellLabel(
  name: string,
  draft: TensorDraft,
  index: number,
  t: TFunction<"instances"> = i18next.getFixedT(null, "instances"),
): string {
  const pattern = describeCellPattern(t, name, draft.editor === "1d");
  return describeCell(pattern, index, Math.floor(index / draft.cols), index % draft.cols);
}

type ObserveRect = typeof observeElementRect<HTMLDivElement>;

/** Observes the scroll area's size, reporting it also to `onView` (which sizes the drawn window). */
function observeWithFallback(onView: (rect: Rect) => void): ObserveRect {
  return (instance, report) =>
    observeElementRect(instance, (rect) => {
      const seen = rect.width === 0 && rect.height === 0 ? FALLBACK_RECT : rect;
      report(seen);
      onView(seen);
    });
}

/**
 * Grid editor of a 1-D or 2-D tensor, virtualized: only the cells in view are in the page, so it
 * edits millions of elements. Arrows, Enter and Tab move between cells, typing replaces the
 * focused cell, and pasting spreadsheet or array text fills the grid from the focused cell.
 */
export function MatrixGrid(props: {
  name: string;
  draft: TensorDraft;
  onChange: (next: TensorDraft) => void;
}) {
  const { name, draft, onChange } = props;
  const { t } = useTranslation("instances");
  const scroller = useRef<HTMLDivElement>(null);
  const [pasteError, setPasteError] = useState<string>();
  const [pendingFocus, setPendingFocus] = useState<number>();
  // The cell holding focus stays drawn while it is scrolled away, so typing never lands elsewhere.
  const [focused, setFocused] = useState<number>();
  const [view, setView] = useState<Rect>(FALLBACK_RECT);
  const rowSpanWanted = windowSpan(view.height, CELL_HEIGHT, OVERSCAN);
  const colSpanWanted = windowSpan(view.width, CELL_WIDTH, OVERSCAN);
  const rowWindow = useMemo(() => fixedWindow(rowSpanWanted), [rowSpanWanted]);
  const colWindow = useMemo(() => fixedWindow(colSpanWanted), [colSpanWanted]);
  const observeRect = observeWithFallback((rect) =>
    setView((was) => (was.width === rect.width && was.height === rect.height ? was : rect)),
  );
  const hasRowHeader = draft.editor === "2d";
  const rowHeaderWidth = hasRowHeader ? ROW_HEADER_WIDTH : 0;

  // The virtualizers hand back fresh measurements each render; the compiler leaves this component unmemoized.
  // eslint-disable-next-line react-hooks/incompatible-library
  const rows = useVirtualizer({
    count: draft.rows,
    getScrollElement: () => scroller.current,
    estimateSize: () => CELL_HEIGHT,
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    overscan: OVERSCAN,
    initialRect: FALLBACK_RECT,
    observeElementRect: observeRect,
    rangeExtractor: rowWindow,
    // Both axes answer the same scroll event: without a forced synchronous render each, React draws the grid once.
    useFlushSync: false,
  });
  const cols = useVirtualizer({
    horizontal: true,
    count: draft.cols,
    getScrollElement: () => scroller.current,
    estimateSize: () => CELL_WIDTH,
    paddingStart: rowHeaderWidth,
    scrollPaddingStart: rowHeaderWidth,
    overscan: OVERSCAN,
    initialRect: FALLBACK_RECT,
    observeElementRect: observeRect,
    rangeExtractor: colWindow,
    // Both axes answer the same scroll event: without a forced synchronous render each, React draws the grid once.
    useFlushSync: false,
  });

  // Checking runs behind typing and re-parses only changed cells: a million cells must not delay a keystroke.
  const [checker] = useState(() => new CellChecker());
  const deferred = useDeferredValue(draft);
  const errors = useMemo(() => {
    const shape = deferred.editor === "1d" ? [deferred.cols] : [deferred.rows, deferred.cols];
    return checker
      .check(deferred.cells, deferred.dtype)
      .map(([i, error]) => `${name}${describeIndex(i, shape)}: ${error}`);
  }, [checker, name, deferred]);

  // A cell moved to may be out of view: it takes focus once the scroll has rendered it.
  const focusPending = (input: HTMLInputElement | null) => {
    if (input) {
      input.focus();
      input.select();
      setPendingFocus(undefined);
    }
  };

  const focusCell = (row: number, col: number): boolean => {
    if (row < 0 || col < 0 || row >= draft.rows || col >= draft.cols) {
      return false;
    }
    rows.scrollToIndex(row);
    cols.scrollToIndex(col);
    setPendingFocus(row * draft.cols + col);
    return true;
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
      draft.cols,
    );
    // Past the grid's edge Tab leaves the grid as usual.
    if (target && focusCell(...target)) {
      event.preventDefault();
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
      setPasteError(t("tensor.pasteError", { reason: describeError(error) }));
    }
  };

  const setCell = (index: number, value: string) =>
    onChange({ ...draft, cells: writeCell(draft.cells, index, value) });

  // Cells get one handler object for the grid's lifetime and reach the current draft through it.
  const latest = useRef({ setCell, onKeyDown, onPaste });
  useLayoutEffect(() => {
    latest.current = { setCell, onKeyDown, onPaste };
  });
  const [handlers] = useState<CellHandlers>(() => ({
    onText: (index, value) => latest.current.setCell(index, value),
    onKeyDown: (event, row, col) => latest.current.onKeyDown(event, row, col),
    onPaste: (event, row, col) => latest.current.onPaste(event, row, col),
    onFocusCell: (index) => setFocused(index),
    onBlurCell: (index) => setFocused((was) => (was === index ? undefined : was)),
  }));

  const width = cols.getTotalSize();
  const height = rows.getTotalSize();
  // Drawn in slot order with slot keys: as the window moves, elements change content, not place.
  const visibleRows = bySlot(rows.getVirtualItems());
  const visibleCols = bySlot(cols.getVirtualItems());
  // Translated once per grid, not once per scrolled frame.
  const oneD = draft.editor === "1d";
  const labelPattern = useMemo(() => describeCellPattern(t, name, oneD), [t, name, oneD]);
  const rowSpan = visibleRows.length;
  const colSpan = visibleCols.length;
  const inWindow = (items: readonly { index: number }[], index: number) =>
    items.some((item) => item.index === index);
  const focusRow = focused === undefined ? -1 : Math.floor(focused / draft.cols);
  const focusCol = focused === undefined ? -1 : focused % draft.cols;
  // A cell removed by a resize may still be remembered as focused: it no longer counts.
  const focusHere = focused !== undefined && focused < draft.rows * draft.cols;
  const focusAway =
    focusHere && !(inWindow(visibleRows, focusRow) && inWindow(visibleCols, focusCol));
  // One cell is in the Tab order: the focused one, else the window's first, so Tab leaves the grid.
  const firstRow = Math.min(...visibleRows.map((r) => r.index));
  const firstCol = Math.min(...visibleCols.map((c) => c.index));
  const tabStop = focusHere ? focused : firstRow * draft.cols + firstCol;
  const drawCell = (row: number, col: number, key: string) => {
    const index = row * draft.cols + col;
    return (
      <MatrixCell
        key={key}
        index={index}
        row={row}
        col={col}
        labelPattern={labelPattern}
        text={readCell(draft.cells, index)}
        dtype={draft.dtype}
        top={HEADER_HEIGHT + row * CELL_HEIGHT}
        left={rowHeaderWidth + col * CELL_WIDTH}
        width={CELL_WIDTH}
        height={CELL_HEIGHT}
        tabbable={index === tabStop}
        t={t}
        handlers={handlers}
        attach={index === pendingFocus ? focusPending : undefined}
      />
    );
  };
  const cells = visibleRows.flatMap((r) =>
    visibleCols.flatMap((c) => {
      const slot = `${(r.index % rowSpan) * colSpan + (c.index % colSpan)}`;
      // The focused cell keeps its slot's element; the cell scrolled into that slot gets a new one.
      if (
        focusAway &&
        r.index % rowSpan === focusRow % rowSpan &&
        c.index % colSpan === focusCol % colSpan
      ) {
        return [drawCell(focusRow, focusCol, slot), drawCell(r.index, c.index, `n${slot}`)];
      }
      return [drawCell(r.index, c.index, slot)];
    }),
  );
  return (
    <div className="matrix">
      <div
        ref={scroller}
        className="matrix-scroll"
        style={{ maxHeight: MAX_VIEW_HEIGHT, height: Math.min(height + 2, MAX_VIEW_HEIGHT) }}
      >
        <div className="matrix-canvas" style={{ width, height }}>
          {/* Indices as numpy counts them; each cell's own label names its place for assistive tech. */}
          <div className="matrix-col-headers" aria-hidden="true" style={{ width }}>
            {hasRowHeader && <div className="matrix-corner" style={{ width: rowHeaderWidth }} />}
            {visibleCols.map((c) => (
              <div
                key={c.index % colSpan}
                className="matrix-header"
                style={{ left: c.start, width: CELL_WIDTH, height: HEADER_HEIGHT }}
              >
                {c.index}
              </div>
            ))}
          </div>
          {hasRowHeader && (
            <div
              className="matrix-row-headers"
              aria-hidden="true"
              style={{ width: rowHeaderWidth, height: height - HEADER_HEIGHT }}
            >
              {visibleRows.map((r) => (
                <div
                  key={r.index % rowSpan}
                  className="matrix-header"
                  style={{
                    top: r.start - HEADER_HEIGHT,
                    width: rowHeaderWidth,
                    height: CELL_HEIGHT,
                  }}
                >
                  {r.index}
                </div>
              ))}
            </div>
          )}
          {cells}
        </div>
      </div>
      {pasteError && <p className="field-error">{pasteError}</p>}
      <CellErrors errors={errors} />
    </div>
  );
}
