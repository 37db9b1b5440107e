import { useTranslation } from "react-i18next";
import { formatCompareNumber } from "./format-compare-values";
import type { ComparedRun } from "../../state/comparison-store";

/** The two runs in a table: title, what was called, when it finished, latency and status. */
export function RunsSummary(props: { a: ComparedRun; b: ComparedRun }) {
  const { t, i18n } = useTranslation("compare");
  const language = i18n.language;
  const time = new Intl.DateTimeFormat(language, { timeStyle: "medium", dateStyle: "short" });
  const sides = [
    [t("region.sideA"), props.a],
    [t("region.sideB"), props.b],
  ] as const;
  return (
    <table className="compare-runs">
      <caption>{t("region.runsCaption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("region.run")}</th>
          <th scope="col">{t("region.target")}</th>
          <th scope="col">{t("region.finishedAt")}</th>
          <th scope="col">{t("region.latency")}</th>
          <th scope="col">{t("region.status")}</th>
        </tr>
      </thead>
      <tbody>
        {sides.map(([side, run]) => {
          const result = run.exchange.result;
          return (
            <tr key={side}>
              <th scope="row">
                {side}: {run.title}
              </th>
              <td>
                {run.servable} · {run.method} ·{" "}
                {run.version ? String(run.version) : t("region.latestVersion")}
              </td>
              <td>{time.format(run.finishedAt)}</td>
              <td>{`${formatCompareNumber(Math.round(run.exchange.elapsedMs * 10) / 10, language)} ms`}</td>
              <td>
                {result.ok
                  ? t("region.statusOk", { count: result.instances.length })
                  : t("region.statusFailed")}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
