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

/** The catalogues of every namespace, by language. */
export const localeResources = groupLocaleFiles(localeFiles);

/**
 * Starts i18next synchronously, before the first render: the language is the saved choice, else
 * the browser's, else English.
 */
export function setupI18n(options: { language?: string } = {}) {
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
        convertDetectedLanguage: (tag: string) =>
          tag.toLowerCase().startsWith("zh") ? "zh-CN" : tag,
      },
    });
  return i18next;
}
