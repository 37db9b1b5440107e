import { useTranslation } from "react-i18next";
import type { LoadTestRecord } from "../../load-test/load-test-record";

/** A kept load test's measured cells as a table, as the load-test view showed them. */
export function KeptLoadTestTable(props: { record: LoadTestRecord; caption: string }) {
  const { record, caption } = props;
  const { t, i18n } = useTranslation("history");
  const decimal = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const count = new Intl.NumberFormat(i18n.language);
  const ms = (value: number | null) => (value === null ? "–" : decimal.format(value));
  return (
    <table className="history-load-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("loadTest.col.concurrency")}</th>
          <th scope="col">{t("loadTest.col.instances")}</th>
          <th scope="col">{t("loadTest.col.completed")}</th>
          <th scope="col">{t("loadTest.col.failed")}</th>
          <th scope="col">{t("loadTest.col.p50")}</th>
          <th scope="col">{t("loadTest.col.p95")}</th>
          <th scope="col">{t("loadTest.col.p99")}</th>
          <th scope="col">{t("loadTest.col.throughput")}</th>
          <th scope="col">{t("loadTest.col.errors")}</th>
        </tr>
      </thead>
      <tbody>
        {record.cells.map((c) => (
          <tr key={`${c.concurrency}x${c.instancesPerRequest}`}>
            <td>{count.format(c.concurrency)}</td>
            <td>{count.format(c.instancesPerRequest)}</td>
            <td>{count.format(c.completedRequests)}</td>
            <td>{count.format(c.failedRequests)}</td>
            <td>{ms(c.p50Ms)}</td>
            <td>{ms(c.p95Ms)}</td>
            <td>{ms(c.p99Ms)}</td>
            <td>{decimal.format(c.instancesPerSecond)}</td>
            <td>
              {Object.entries(c.errors)
                .map(([status, n]) => `${status} ${count.format(n)}`)
                .join(", ") || "–"}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
