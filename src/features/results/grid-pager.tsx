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
      <PagerButton
        label="First"
        axis={axis}
        name={name}
        inert={atStart}
        onPress={() => onMove(0)}
      />
      <PagerButton
        label="Previous"
        axis={axis}
        name={name}
        inert={atStart}
        onPress={() => onMove(start - page)}
      />
      <span aria-live="polite">
        {capitalize(axis)} {start + 1}–{end} of {total}
      </span>
      <PagerButton
        label="Next"
        axis={axis}
        name={name}
        inert={atEnd}
        onPress={() => onMove(start + page)}
      />
      <PagerButton
        label="Last"
        axis={axis}
        name={name}
        inert={atEnd}
        onPress={() => onMove(total - page)}
      />
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

/**
 * A pager button that stays focusable at the end of its range: aria-disabled, not disabled, since a
 * button that disables itself under the keyboard would drop focus to the page.
 */
function PagerButton(props: {
  label: string;
  axis: string;
  name: string;
  inert: boolean;
  onPress: () => void;
}) {
  return (
    <button
      type="button"
      aria-disabled={props.inert}
      aria-label={`${props.label} ${props.axis} of ${props.name}`}
      onClick={() => {
        if (!props.inert) {
          props.onPress();
        }
      }}
    >
      {props.label}
    </button>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
