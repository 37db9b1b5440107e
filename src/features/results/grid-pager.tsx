import { useId } from "react";
import { useTranslation } from "react-i18next";

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
  const { t } = useTranslation("results");
  const fieldId = useId();
  const rows = axis === "rows";
  const atStart = start === 0;
  const atEnd = end >= total;
  const button = (label: string, key: string, inert: boolean, target: number) => (
    <PagerButton
      label={t(`pager.${label}`)}
      name={t(`pager.${key}`, { name })}
      inert={inert}
      onPress={() => onMove(target)}
    />
  );
  return (
    <div
      className="results-pager"
      role="group"
      aria-label={t(rows ? "pager.rowsOf" : "pager.columnsOf", { name })}
    >
      {button("first", rows ? "firstRows" : "firstColumns", atStart, 0)}
      {button("previous", rows ? "previousRows" : "previousColumns", atStart, start - page)}
      <span aria-live="polite">
        {t(rows ? "pager.rowsWindow" : "pager.columnsWindow", { start: start + 1, end, total })}
      </span>
      {button("next", rows ? "nextRows" : "nextColumns", atEnd, start + page)}
      {button("last", rows ? "lastRows" : "lastColumns", atEnd, total - page)}
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
        <label htmlFor={fieldId}>{t(rows ? "pager.goToRow" : "pager.goToColumn")}</label>
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
        <button type="submit">{t("pager.go")}</button>
      </form>
    </div>
  );
}

/**
 * A pager button that stays focusable at the end of its range: aria-disabled, not disabled, since a
 * button that disables itself under the keyboard would drop focus to the page.
 */
function PagerButton(props: { label: string; name: string; inert: boolean; onPress: () => void }) {
  return (
    <button
      type="button"
      aria-disabled={props.inert}
      aria-label={props.name}
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
