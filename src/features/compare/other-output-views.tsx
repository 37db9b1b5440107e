import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { OutputComparison } from "../../compare/plan-comparison";

function OutputGroup(props: { name: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <div className="compare-output" role="group" aria-labelledby={headingId}>
      <h4 id={headingId}>{props.name}</h4>
      {props.children}
    </div>
  );
}

/** Strings of both runs: what changed (label A → label B), or that nothing did. */
export function TextComparisonView(props: Extract<OutputComparison, { kind: "text" }>) {
  const { name, a, b, changed } = props;
  const { t } = useTranslation("compare");
  const single = a.length === 1 && b.length === 1;
  return (
    <OutputGroup name={name}>
      {changed.length === 0 ? (
        <p className="compare-note">
          {single
            ? t("text.same", { name, value: a[0] })
            : t("text.allSame", { name, count: a.length })}
        </p>
      ) : (
        <ul className="compare-changes">
          {changed.map((index) => (
            <li key={index} className="compare-changed">
              {single
                ? t("text.changed", { name, a: a[0], b: b[0] })
                : t("text.element", { name, index, a: a[index] ?? "—", b: b[index] ?? "—" })}
            </li>
          ))}
        </ul>
      )}
    </OutputGroup>
  );
}

/** Bytes of both runs: which elements differ, with their sizes. */
export function BytesComparisonView(props: Extract<OutputComparison, { kind: "bytes" }>) {
  const { name, sizesA, sizesB, changed } = props;
  const { t } = useTranslation("compare");
  return (
    <OutputGroup name={name}>
      <p className={changed.length > 0 ? "compare-changed" : "compare-note"}>
        {changed.length > 0
          ? t("bytes.changed", {
              name,
              count: changed.length,
              total: Math.max(sizesA.length, sizesB.length),
              sizesA: sizesA.join(", "),
              sizesB: sizesB.join(", "),
            })
          : t("bytes.same", { name })}
      </p>
    </OutputGroup>
  );
}

/** An output that is not compared: why, and each side's type. */
export function MismatchView(props: Extract<OutputComparison, { kind: "mismatch" }>) {
  const { name, problem, a, b } = props;
  const { t } = useTranslation("compare");
  return (
    <OutputGroup name={name}>
      <p className="compare-mismatch">⚠ {t(`mismatch.${problem}`, { name })}</p>
      <ul className="compare-changes">
        <li>{t("mismatch.typeA", { type: a })}</li>
        <li>{t("mismatch.typeB", { type: b })}</li>
      </ul>
    </OutputGroup>
  );
}
