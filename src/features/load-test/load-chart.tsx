import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { LoadCellSummary } from "../../load-test/load-cell";
import type uPlot from "uplot";

type UPlotClass = typeof uPlot;

/** Returns the chart data: x = cell index, then p50, p95, p99 (ms) and instances/s. */
function toData(cells: readonly LoadCellSummary[]): uPlot.AlignedData {
  const pick = (f: (c: LoadCellSummary) => number | null | undefined) =>
    cells.map((c) => f(c) ?? null);
  return [
    cells.map((_, i) => i),
    pick((c) => c.latency?.p50),
    pick((c) => c.latency?.p95),
    pick((c) => c.latency?.p99),
    pick((c) => (c.latency ? c.instancesPerSecond : null)),
  ];
}

/**
 * The live chart of latency percentiles and throughput per cell, drawn by uPlot, which loads on
 * first use. Hidden from screen readers: the table beside it holds the same numbers.
 */
export function LoadChart({ cells }: { cells: readonly LoadCellSummary[] }) {
  const { t } = useTranslation("load-test");
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const [lib, setLib] = useState<UPlotClass | null>(null);
  const labels = cells.map((c) =>
    t("cellName", { concurrency: c.concurrency, instances: c.instancesPerRequest }),
  );
  const labelKey = labels.join("|");

  useEffect(() => {
    let live = true;
    void Promise.all([import("uplot"), import("uplot/dist/uPlot.min.css")]).then(([module]) => {
      // uPlot's types say `export =`; the bundled ES module has it as its default export.
      const loaded = module as unknown as { default?: UPlotClass };
      const ctor = loaded.default ?? (module as unknown as UPlotClass);
      if (live) {
        setLib(() => ctor);
      }
    });
    return () => {
      live = false;
    };
  }, []);

  // A new set of cells (a new run) gets a new plot; progress within a run only sets data.
  useEffect(() => {
    const element = host.current;
    if (!lib || !element) {
      return;
    }
    const names = labelKey.split("|");
    const chart = new lib(
      {
        width: element.clientWidth || 640,
        height: 260,
        scales: { x: { time: false }, ms: {}, rate: {} },
        axes: [
          {
            values: (_u: uPlot, splits: number[]) =>
              splits.map((v) => (Number.isInteger(v) ? (names[v] ?? "") : "")),
          },
          { scale: "ms", label: t("chartLatency") },
          { scale: "rate", side: 1, label: t("chartThroughput"), grid: { show: false } },
        ],
        series: [
          {},
          { label: "p50", scale: "ms", stroke: "#1f77b4", width: 2, points: { show: true } },
          { label: "p95", scale: "ms", stroke: "#ff7f0e", width: 2, points: { show: true } },
          { label: "p99", scale: "ms", stroke: "#d62728", width: 2, points: { show: true } },
          {
            label: t("chartThroughput"),
            scale: "rate",
            stroke: "#2ca02c",
            width: 2,
            dash: [6, 4],
            points: { show: true },
          },
        ],
      },
      [[], [], [], [], []],
      element,
    );
    plot.current = chart;
    // The column's width changes as the table and scroll bars appear: the chart follows it, so
    // it never overflows into a region only a mouse could scroll.
    const resize = new globalThis.ResizeObserver(() => {
      const width = element.clientWidth;
      if (width > 0 && width !== chart.width) {
        chart.setSize({ width, height: 260 });
      }
    });
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.destroy();
      plot.current = null;
    };
  }, [lib, labelKey, t]);

  useEffect(() => {
    plot.current?.setData(toData(cells));
  }, [cells, lib, labelKey]);

  return (
    <figure className="load-test-chart">
      <div ref={host} aria-hidden="true" data-testid="load-chart" />
      <figcaption>{lib ? t("chart") : t("chartLoading")}</figcaption>
    </figure>
  );
}
