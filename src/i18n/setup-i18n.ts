import i18next from "i18next";
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

/**
 * The language to open in: the saved choice, else the first of the browser's languages the console
 * speaks (any Chinese as zh-CN, "en-US" as "en"), else English.
 */
export function detectLanguage(
  saved: string | null = readSavedLanguage(),
  browser: readonly string[] = typeof navigator === "undefined" ? [] : navigator.languages,
): string {
  if (saved !== null && isSupportedLanguage(saved)) {
    return saved;
  }
  for (const tag of browser) {
    const matched = matchBrowserLanguage(tag);
    const primary = matched.split("-")[0] ?? "";
    if (isSupportedLanguage(matched)) {
      return matched;
    }
    if (isSupportedLanguage(primary)) {
      return primary;
    }
  }
  return "en";
}

function readSavedLanguage(): string | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null; // Storage can be disabled; the browser's language then decides.
  }
}

function saveLanguage(language: string): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage can be disabled or full; the choice then lasts for this visit only.
  }
}

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

/** Loads the catalogues of `language`, switches the console to it and keeps the choice. */
export async function switchLanguage(language: string): Promise<void> {
  await loadLanguage(language);
  await i18next.changeLanguage(language);
  saveLanguage(language);
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
  void i18next.use(initReactI18next).init({
    resources: bundledResources,
    lng: options.language ?? detectLanguage(),
    fallbackLng: "en",
    supportedLngs: [...SUPPORTED_LANGUAGES],
    nonExplicitSupportedLngs: false,
    load: "currentOnly",
    defaultNS: "app",
    ns: Object.keys(bundledResources.en),
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes already.
    returnNull: false,
  });
  followLanguageInDocument(i18next.resolvedLanguage ?? i18next.language);
  return i18next;
}

function followLanguageInDocument(language: string | undefined) {
  if (typeof document !== "undefined" && language) {
    document.documentElement.lang = language;
  }
}
