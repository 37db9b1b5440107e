import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../ui/format-element";
import { scaleScores } from "../../ui/plan-instance-outputs";
import { formatPercent, isProbabilityVector, softmax } from "../../ui/read-scores";

/**
 * Shows label/score pairs (classify_top5) as a ranked list: label, score, and a bar. Scores that
 * are probabilities print as percentages; other scores print as they are, with an "as softmax"
 * toggle that shows their softmax (over the listed classes only) as percentages.
 */
export function RankedClassesView(props: { labels: string[]; scores: number[] }) {
  const { t, i18n } = useTranslation("results");
  const [asSoftmax, setAsSoftmax] = useState(false);
  // Only the top classes are listed, so they may sum to less than 1 and still be probabilities.
  const probabilities = isProbabilityVector(props.scores, false);
  const shown = asSoftmax && !probabilities ? softmax(props.scores) : undefined;
  const lengths = shown ?? scaleScores(props.scores);
  const describe = (index: number): string => {
    const score = props.scores[index] ?? Number.NaN;
    if (shown) {
      return formatPercent(shown[index] ?? 0, i18n.language);
    }
    return probabilities ? formatPercent(score, i18n.language) : formatNumber(score);
  };
  return (
    <>
      <p className="results-meta">
        {probabilities
          ? t("ranked.probabilities")
          : shown
            ? t("ranked.softmax", { count: props.scores.length })
            : t("ranked.scores")}
      </p>
      {!probabilities && (
        <button type="button" aria-pressed={asSoftmax} onClick={() => setAsSoftmax((on) => !on)}>
          {t("ranked.asSoftmax")}
          <span className="results-toggle-state" aria-hidden="true">
            {asSoftmax ? t("ranked.on") : t("ranked.off")}
          </span>
        </button>
      )}
      <ol className="results-ranked" aria-label={t("ranked.list")}>
        {props.labels.map((label, index) => (
          <li key={index}>
            <span className="results-ranked-label">{label}</span>
            <span className="results-ranked-score">{describe(index)}</span>
            {/* The bar repeats the score visually; the number beside it carries the value. */}
            <span className="results-bar" aria-hidden="true">
              <span style={{ width: `${((lengths[index] ?? 0) * 100).toFixed(1)}%` }} />
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}
