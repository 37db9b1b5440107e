import i18next from "i18next";
import LanguageDetector from "i18next-browser-languagedetector";
import { initReactI18next } from "react-i18next";
import { groupLocaleFiles, SUPPORTED_LANGUAGES } from "./locale-resources";

/** Where the user's choice of language is kept between visits. */
export const LANGUAGE_STORAGE_KEY = "serving-console.language";

// Every catalogue in the app, bundled: they are small, and a lazy load would flash English first.
const localeFiles = import.meta.glob<{ default: Record<string, never> }>("../**/locales/*.json", {
  eager: true,
});

/** Maps a browser language tag to the console's: any Chinese (zh, zh-TW, zh-Hans-SG…) to zh-CN. */
export function matchBrowserLanguage(tag: string): string {
  return tag.toLowerCase().startsWith("zh") ? "zh-CN" : tag;
}

/** The catalogues of every namespace, by language. */
export const localeResources = groupLocaleFiles(localeFiles);

/**
 * Starts i18next synchronously, before the first render: the language is the saved choice, else
 * the browser's, else English.
 */
export function setupI18n(options: { language?: string } = {}) {
  // `<html lang>` follows the language, so screen readers pronounce and browsers hyphenate it right.
  i18next.off("languageChanged", followLanguageInDocument);
  i18next.on("languageChanged", followLanguageInDocument);
  void i18next
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources: localeResources,
      lng: options.language,
      fallbackLng: "en",
      supportedLngs: [...SUPPORTED_LANGUAGES],
      nonExplicitSupportedLngs: false,
      load: "currentOnly",
      defaultNS: "app",
      ns: Object.keys(localeResources.en),
      initAsync: false,
      interpolation: { escapeValue: false }, // React escapes already.
      returnNull: false,
      detection: {
        order: ["localStorage", "navigator"],
        lookupLocalStorage: LANGUAGE_STORAGE_KEY,
        caches: ["localStorage"],
        convertDetectedLanguage: matchBrowserLanguage,
      },
    });
  followLanguageInDocument(i18next.resolvedLanguage ?? i18next.language);
  return i18next;
}

function followLanguageInDocument(language: string | undefined) {
  if (typeof document !== "undefined" && language) {
    document.documentElement.lang = language;
  }
}
