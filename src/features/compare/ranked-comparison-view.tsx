import { useId } from "react";
import { useTranslation } from "react-i18next";
import { formatCompareNumber } from "./format-compare-values";
import type { RankedComparison } from "../../compare/compare-ranked";

/** The top class of each run and how every listed class moved between them. */
export function RankedComparisonView(props: { name: string; ranked: RankedComparison }) {
  const { name, ranked } = props;
  const { t, i18n } = useTranslation("compare");
  const headingId = useId();
  const none = t("ranked.none");
  const score = (value: number | undefined) =>
    value === undefined ? none : formatCompareNumber(value, i18n.language);
  return (
    <div className="compare-output" role="group" aria-labelledby={headingId}>
      <h4 id={headingId}>{name}</h4>
      <p className={ranked.topChanged ? "compare-changed" : "compare-note"}>
        {ranked.topChanged
          ? t("ranked.top", { a: ranked.topA ?? none, b: ranked.topB ?? none })
          : t("ranked.topSame", { label: ranked.topA ?? none })}
      </p>
      <table className="compare-values">
        <caption>{t("ranked.caption", { name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("ranked.label")}</th>
            <th scope="col">{t("ranked.rankA")}</th>
            <th scope="col">{t("ranked.rankB")}</th>
            <th scope="col">{t("ranked.scoreA")}</th>
            <th scope="col">{t("ranked.scoreB")}</th>
            <th scope="col">{t("ranked.change")}</th>
          </tr>
        </thead>
        <tbody>
          {ranked.changes.map((change) => (
            <tr
              key={change.label}
              className={change.change === "same" ? undefined : "compare-over"}
            >
              <th scope="row">{change.label}</th>
              <td>{change.rankA ?? none}</td>
              <td>{change.rankB ?? none}</td>
              <td>{score(change.scoreA)}</td>
              <td>{score(change.scoreB)}</td>
              <td>{t(`ranked.${change.change}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
