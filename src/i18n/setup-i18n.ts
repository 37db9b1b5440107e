import i18next from "i18next";
import LanguageDetector from "i18next-browser-languagedetector";
import { initReactI18next } from "react-i18next";
import { groupLocaleFiles, isSupportedLanguage, SUPPORTED_LANGUAGES } from "./locale-resources";

/** Where the user's choice of language is kept between visits. */
export const LANGUAGE_STORAGE_KEY = "serving-console.language";

// English is bundled: it is the fallback and the common case. Other languages load as chunks
// before the first render that needs them (main.tsx waits for the detected one), so nothing
// flashes English and the initial bundle stays small.
const englishFiles = import.meta.glob<{ default: Record<string, never> }>("../**/locales/en.json", {
  eager: true,
});
const otherFiles = import.meta.glob<{ default: Record<string, never> }>([
  "../**/locales/*.json",
  "!../**/locales/en.json",
]);
const loadedLanguages = new Set<string>(["en"]);

/** Maps a browser language tag to the console's: any Chinese (zh, zh-TW, zh-Hans-SG…) to zh-CN. */
export function matchBrowserLanguage(tag: string): string {
  return tag.toLowerCase().startsWith("zh") ? "zh-CN" : tag;
}

/** The bundled (English) catalogues of every namespace. */
export const bundledResources = groupLocaleFiles(englishFiles);

/** Adds the catalogues of `language` to i18next, fetching them once; English is always there. */
export async function loadLanguage(language: string): Promise<void> {
  if (!isSupportedLanguage(language) || loadedLanguages.has(language)) {
    return;
  }
  const suffix = `/locales/${language}.json`;
  const files = await Promise.all(
    Object.entries(otherFiles)
      .filter(([path]) => path.endsWith(suffix))
      .map(async ([path, load]) => [path, await load()] as const),
  );
  const grouped = groupLocaleFiles(Object.fromEntries(files));
  for (const [namespace, messages] of Object.entries(grouped[language])) {
    i18next.addResourceBundle(language, namespace, messages, true, true);
  }
  loadedLanguages.add(language);
}

/** Loads the catalogues of `language`, then switches the console to it. */
export async function switchLanguage(language: string): Promise<void> {
  await loadLanguage(language);
  await i18next.changeLanguage(language);
}

/** Loads the catalogues of the language chosen at start-up (saved or the browser's) and applies them. */
export async function loadStartLanguage(): Promise<void> {
  const language = i18next.language;
  if (isSupportedLanguage(language) && !loadedLanguages.has(language)) {
    await switchLanguage(language);
  }
}

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
      resources: bundledResources,
      lng: options.language,
      fallbackLng: "en",
      supportedLngs: [...SUPPORTED_LANGUAGES],
      nonExplicitSupportedLngs: false,
      load: "currentOnly",
      defaultNS: "app",
      ns: Object.keys(bundledResources.en),
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
