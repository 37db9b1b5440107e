/** The results view's translator, for helpers that turn values into sentences. */
import i18next from "i18next";

/** Translates a key of the "results" namespace with interpolation values. */
export type ResultsText = (key: string, values?: Record<string, unknown>) => string;

/** Returns the translator of the current language (components pass their own from useTranslation). */
export function currentResultsText(): ResultsText {
  const t = i18next.getFixedT(null, "results");
  return (key, values) => t(key, values);
}
