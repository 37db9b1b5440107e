import { useId } from "react";
import { useTranslation } from "react-i18next";
import { SUPPORTED_LANGUAGES, type SupportedLanguage } from "../i18n/locale-resources";
import { switchLanguage } from "../i18n/setup-i18n";

// Each language is named in itself, so a reader finds theirs whatever the page is in.
const LANGUAGE_NAMES: Record<SupportedLanguage, string> = {
  en: "English",
  "zh-CN": "简体中文",
};

/**
 * The combobox named "Language": switches the console between English and Simplified Chinese.
 * i18next's detector saves the choice, so it outlives a reload.
 */
export function LanguagePicker() {
  const { t, i18n } = useTranslation("app");
  const labelId = useId();
  const current = i18n.resolvedLanguage ?? i18n.language;
  return (
    <div className="language-picker">
      <span id={labelId} aria-hidden="true">
        {t("language")}
      </span>
      {/* The name stays "Language" in every language: someone who cannot read the page finds it. */}
      <select
        aria-label="Language"
        aria-describedby={labelId}
        value={current}
        onChange={(e) => void switchLanguage(e.target.value)}
      >
        {SUPPORTED_LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
    </div>
  );
}
