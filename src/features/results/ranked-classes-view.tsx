import { formatNumber } from "./format-element";
import { scaleScores } from "./plan-instance-outputs";

/** Shows label/score pairs (classify_top5) as a ranked list: label, score as text, and a bar. */
export function RankedClassesView(props: { labels: string[]; scores: number[] }) {
  const lengths = scaleScores(props.scores);
  return (
    <ol className="results-ranked" aria-label="Classes by score">
      {props.labels.map((label, index) => (
        <li key={index}>
          <span className="results-ranked-label">{label}</span>
          <span className="results-ranked-score">
            {formatNumber(props.scores[index] ?? Number.NaN)}
          </span>
          {/* The bar repeats the score visually; the number beside it carries the value. */}
          <span className="results-bar" aria-hidden="true">
            <span style={{ width: `${((lengths[index] ?? 0) * 100).toFixed(1)}%` }} />
          </span>
        </li>
      ))}
    </ol>
  );
}
