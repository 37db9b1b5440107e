import { useTranslation } from "react-i18next";
import type { LoadCellSummary } from "../../load-test/load-cell";

/** The measured cells as a table: the chart's data for screen readers and for reading exact values. */
export function LoadResultsTable({ cells }: { cells: readonly LoadCellSummary[] }) {
  const { t, i18n } = useTranslation("load-test");
  const ms = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const rate = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const count = new Intl.NumberFormat(i18n.language);
  return (
    <table className="load-test-table">
      <caption>{t("tableCaption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("col.concurrency")}</th>
          <th scope="col">{t("col.instances")}</th>
          <th scope="col">{t("col.phase")}</th>
          <th scope="col">{t("col.completed")}</th>
          <th scope="col">{t("col.failed")}</th>
          <th scope="col">{t("col.p50")}</th>
          <th scope="col">{t("col.p95")}</th>
          <th scope="col">{t("col.p99")}</th>
          <th scope="col">{t("col.throughput")}</th>
        </tr>
      </thead>
      <tbody>
        {cells.map((c) => (
          <tr key={`${c.concurrency}x${c.instancesPerRequest}`}>
            <td>{count.format(c.concurrency)}</td>
            <td>{count.format(c.instancesPerRequest)}</td>
            <td>{t(`phase.${c.phase}`)}</td>
            <td>{count.format(c.completed)}</td>
            <td>{count.format(c.failed)}</td>
            <td>{c.latency ? ms.format(c.latency.p50) : "–"}</td>
            <td>{c.latency ? ms.format(c.latency.p95) : "–"}</td>
            <td>{c.latency ? ms.format(c.latency.p99) : "–"}</td>
            <td>{rate.format(c.instancesPerSecond)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Error counts by gRPC status (and Serving's own refusals), one row per status and cell. */
export function LoadErrorsTable({ cells }: { cells: readonly LoadCellSummary[] }) {
  const { t, i18n } = useTranslation("load-test");
  const count = new Intl.NumberFormat(i18n.language);
  const rows = cells.flatMap((c) =>
    Object.entries(c.errors).map(([status, n]) => ({ cell: c, status, n })),
  );
  if (rows.length === 0) {
    return <p className="field-note">{t("noErrors")}</p>;
  }
  return (
    <table className="load-test-table">
      <caption>{t("errorsCaption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("col.cell")}</th>
          <th scope="col">{t("col.status")}</th>
          <th scope="col">{t("col.count")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ cell, status, n }) => (
          <tr key={`${cell.concurrency}x${cell.instancesPerRequest}-${status}`}>
            <td>
              {t("cellName", {
                concurrency: cell.concurrency,
                instances: cell.instancesPerRequest,
              })}
            </td>
            <td>{t(`errorName.${status}`, { defaultValue: status })}</td>
            <td>{count.format(n)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
