import { useId } from "react";

/** Moves a tensor grid's window along one axis: first/previous/next/last and a start number field. */
export function GridPager(props: {
  axis: "rows" | "columns";
  name: string;
  /** Window start (0-based) and end (exclusive) along this axis. */
  start: number;
  end: number;
  total: number;
  page: number;
  onMove: (start: number) => void;
}) {
  const { axis, name, start, end, total, page, onMove } = props;
  const fieldId = useId();
  const singular = axis === "rows" ? "row" : "column";
  const atStart = start === 0;
  const atEnd = end >= total;
  return (
    <div className="results-pager" role="group" aria-label={`${capitalize(axis)} of ${name}`}>
      <button
        type="button"
        disabled={atStart}
        onClick={() => onMove(0)}
        aria-label={`First ${axis} of ${name}`}
      >
        First
      </button>
      <button
        type="button"
        disabled={atStart}
        onClick={() => onMove(start - page)}
        aria-label={`Previous ${axis} of ${name}`}
      >
        Previous
      </button>
      <span aria-live="polite">
        {capitalize(axis)} {start + 1}–{end} of {total}
      </span>
      <button
        type="button"
        disabled={atEnd}
        onClick={() => onMove(start + page)}
        aria-label={`Next ${axis} of ${name}`}
      >
        Next
      </button>
      <button
        type="button"
        disabled={atEnd}
        onClick={() => onMove(total - page)}
        aria-label={`Last ${axis} of ${name}`}
      >
        Last
      </button>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const wanted = new FormData(event.currentTarget).get("start");
          const number = Number(wanted);
          if (wanted !== "" && Number.isFinite(number)) {
            onMove(number - 1);
          }
        }}
      >
        <label htmlFor={fieldId}>Go to {singular}</label>
        {/* Keyed on the window so the field shows where the window is after every move. */}
        <input
          key={start}
          id={fieldId}
          name="start"
          type="number"
          min={1}
          max={total}
          defaultValue={start + 1}
        />
        <button type="submit">Go</button>
      </form>
    </div>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
