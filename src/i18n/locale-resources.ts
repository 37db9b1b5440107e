/** The languages the console is translated into; the first is the fallback. */
export const SUPPORTED_LANGUAGES = ["en", "zh-CN"] as const;

/** One of the console's languages. */
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

/** A message catalogue: keys to texts, nested at will. */
export type Messages = { [key: string]: string | Messages };

/** Catalogues by language, then by namespace. */
export type LocaleResources = Record<SupportedLanguage, Record<string, Messages>>;

/**
 * Groups the catalogue files found under `…/<namespace>/locales/<language>.json` by language and
 * namespace. Each area of the app keeps its own files, so adding a view never edits a shared file.
 */
export function groupLocaleFiles(files: Record<string, { default: Messages } | Messages>) {
  const resources: LocaleResources = { en: {}, "zh-CN": {} };
  for (const [path, module] of Object.entries(files)) {
    const match = /\/([^/]+)\/locales\/([^/]+)\.json$/.exec(path);
    if (!match) throw new Error(`${path} is not at …/<namespace>/locales/<language>.json`);
    const [, namespace = "", language = ""] = match;
    if (!isSupportedLanguage(language)) throw new Error(`${path} names no supported language`);
    const messages = "default" in module ? (module.default as Messages) : module;
    resources[language][namespace] = messages;
  }
  return resources;
}

/** Whether a tag names one of the console's languages exactly. */
export function isSupportedLanguage(tag: string): tag is SupportedLanguage {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(tag);
}

/** Every key path of a catalogue, dotted, for comparing two languages. */
export function listMessageKeys(messages: Messages, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "string" ? [prefix + key] : listMessageKeys(value, `${prefix}${key}.`),
  );
}
