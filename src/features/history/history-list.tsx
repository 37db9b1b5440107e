import { observeElementRect, type Rect, useVirtualizer } from "@tanstack/react-virtual";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { HistoryRow, type RowActions } from "./history-row";
import type { RunSummary } from "../../history/history-types";

// Rows have a fixed height (CSS .history-row), so the list never measures them.
const ROW_HEIGHT = 112;
const VIEW_HEIGHT = 480;
// Without layout (jsdom, a hidden panel) the list assumes this viewport instead of an empty one.
const FALLBACK_RECT: Rect = { width: 480, height: VIEW_HEIGHT };

function observeWithFallback(
  ...args: Parameters<typeof observeElementRect<HTMLDivElement>>
): ReturnType<typeof observeElementRect<HTMLDivElement>> {
  const [instance, report] = args;
  return observeElementRect(instance, (rect) =>
    report(rect.width === 0 && rect.height === 0 ? FALLBACK_RECT : rect),
  );
}

/** The runs, newest first, virtualized: only the rows in view are in the page. */
export function HistoryList(props: {
  runs: readonly RunSummary[];
  selectedId?: string;
  compareFirstId?: string;
  included: ReadonlySet<string>;
  actions: RowActions;
}) {
  const { runs, selectedId, compareFirstId, included, actions } = props;
  const { t } = useTranslation("history");
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualizer hands back fresh measurements each render; the compiler leaves this component unmemoized.
  // eslint-disable-next-line react-hooks/incompatible-library
  const rows = useVirtualizer({
    count: runs.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 4,
    initialRect: FALLBACK_RECT,
    observeElementRect: observeWithFallback,
    getItemKey: (index) => runs[index]?.id ?? index,
  });
  return (
    <div ref={scroller} className="history-scroller" style={{ maxHeight: VIEW_HEIGHT }}>
      <ul aria-label={t("list")} className="history-list" style={{ height: rows.getTotalSize() }}>
        {rows.getVirtualItems().map((item) => {
          const run = runs[item.index];
          return run ? (
            <li
              key={item.key}
              className="history-item"
              style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
            >
              <HistoryRow
                run={run}
                selected={run.id === selectedId}
                comparing={run.id === compareFirstId}
                included={included.has(run.id)}
                actions={actions}
              />
            </li>
          ) : null;
        })}
      </ul>
    </div>
  );
}
