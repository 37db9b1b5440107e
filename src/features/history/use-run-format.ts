/** Locale-formatted pieces of a run's line: its time, label, latency and sizes. */
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { RunSummary } from "../../history/history-types";

interface IntlFormats {
  time: Intl.DateTimeFormat;
  date: Intl.DateTimeFormat;
  decimal: Intl.NumberFormat;
}

// Building Intl formatters is slow next to using them, and every history row asks for them.
const intlByLanguage = new Map<string, IntlFormats>();

function intlFormats(language: string): IntlFormats {
  let formats = intlByLanguage.get(language);
  if (!formats) {
    formats = {
      time: new Intl.DateTimeFormat(language, {
        hour: "2-digit",
        minute: "2-digit",
        second: "2-digit",
        hourCycle: "h23",
      }),
      date: new Intl.DateTimeFormat(language, { dateStyle: "medium" }),
      decimal: new Intl.NumberFormat(language, { maximumFractionDigits: 1 }),
    };
    intlByLanguage.set(language, formats);
  }
  return formats;
}

/** Formatters for the current language. */
export function useRunFormat() {
  const { t, i18n } = useTranslation("history");
  const language = i18n.language;
  return useMemo(() => {
    const { time, date, decimal } = intlFormats(language);
    return {
      /** "14:02:11 add · add_common": how buttons name the run. */
      label: (run: RunSummary) =>
        t("row.label", {
          time: time.format(run.finishedAt),
          servable: run.servable,
          method: run.method,
        }),
      time: (run: RunSummary) => time.format(run.finishedAt),
      date: (run: RunSummary) => date.format(run.finishedAt),
      latency: (ms: number) => t("row.latency", { value: decimal.format(ms) }),
      megabytes: (bytes: number) => decimal.format(bytes / 1_000_000),
    };
  }, [language, t]);
}
