import { describe, expect, it } from "vitest";
import { groupLocaleFiles, listMessageKeys, SUPPORTED_LANGUAGES } from "./locale-resources";

// Every catalogue file, as the app finds them (English bundled, the others loaded on demand).
const localeResources = groupLocaleFiles(
  import.meta.glob<{ default: Record<string, never> }>("../**/locales/*.json", { eager: true }),
);

describe("message catalogues", () => {
  const namespaces = Object.keys(localeResources.en);

  it("exist for the app", () => {
    expect(namespaces).toContain("app");
  });

  it.each(namespaces)("%s has the same keys, none empty, in every language", (namespace) => {
    const english = listMessageKeys(localeResources.en[namespace] ?? {}).sort();
    for (const language of SUPPORTED_LANGUAGES) {
      const catalogue = localeResources[language][namespace];
      expect(catalogue, `${language}/${namespace}.json is missing`).toBeDefined();
      expect(listMessageKeys(catalogue ?? {}).sort(), `${language}/${namespace}`).toEqual(english);
      for (const key of english) {
        const text = key
          .split(".")
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogue);
        expect(
          typeof text === "string" && text.trim() !== "",
          `${language}/${namespace}:${key}`,
        ).toBe(true);
      }
    }
  });
});
