import { useTranslation } from "react-i18next";
import { numericDTypes } from "../../../protocol/dtypes";
import { useDiscoveryStore } from "./discovery-store";
import type { LearnedInput } from "./discover-inputs";
import type { TFunction } from "i18next";

const confirmWithUser = (question: string) => window.confirm(question);

function describeInput(input: LearnedInput, t: TFunction<"discovery">, language: string): string {
  const format = (n: number) => new Intl.NumberFormat(language).format(n);
  if (input.dtype !== undefined && input.byteSize !== undefined) {
    const count = input.byteSize / numericDTypes[input.dtype].width;
    return t("input.typed", {
      name: input.name,
      dtype: input.dtype,
      bytes: format(input.byteSize),
      values: format(count),
    });
  }
  if (input.byteSize !== undefined) {
    return t("input.sized", { name: input.name, bytes: format(input.byteSize) });
  }
  return input.image ? t("input.image", { name: input.name }) : input.name;
}

/** The Discover inputs button and what the last discovery learned. */
export function DiscoverSection() {
  const { t, i18n } = useTranslation("discovery");
  const discovery = useDiscoveryStore((s) => s.discovery);
  const { discover } = useDiscoveryStore.getState();
  return (
    <div className="discovery-run">
      <button
        type="button"
        disabled={discovery.status === "running"}
        onClick={() => void discover(confirmWithUser)}
      >
        {t("discover")}
      </button>
      {discovery.status === "running" && (
        <p role="status">{t("running", { method: discovery.method })}</p>
      )}
      {discovery.status === "failed" && (
        <p role="alert" className="field-error">
          ⚠ {discovery.error}
        </p>
      )}
      {discovery.status === "done" && (
        <div role="status" aria-label={t("discovered")}>
          <p>
            {discovery.cached
              ? t("fromCache", { method: discovery.method, count: discovery.outcome.calls })
              : discovery.outcome.inputs.length === 0
                ? t("nothingLearned", { method: discovery.method, count: discovery.outcome.calls })
                : t("learned", { method: discovery.method, count: discovery.outcome.calls })}
          </p>
          <ul>
            {discovery.outcome.inputs.map((input) => (
              <li key={input.name}>{describeInput(input, t, i18n.language)}</li>
            ))}
          </ul>
          {discovery.outcome.stopped && (
            <p className="field-note">{t("stopped", { reason: discovery.outcome.stopped })}</p>
          )}
          {discovery.note && <p className="field-note">{discovery.note}</p>}
          {discovery.cached && (
            <button type="button" onClick={() => void discover(confirmWithUser, true)}>
              {t("again")}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
