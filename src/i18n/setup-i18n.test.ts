import { describe, expect, it } from "vitest";
import { detectLanguage, matchBrowserLanguage } from "./setup-i18n";

describe("matchBrowserLanguage()", () => {
  it.each(["zh", "zh-CN", "zh-TW", "zh-Hans-SG", "ZH-hk"])(
    "opens %s in Simplified Chinese",
    (tag) => {
      expect(matchBrowserLanguage(tag)).toBe("zh-CN");
    },
  );

  it.each(["en-US", "en", "fr-FR"])("leaves %s to the fallback rules", (tag) => {
    expect(matchBrowserLanguage(tag)).toBe(tag);
  });
});

describe("detectLanguage()", () => {
  it("prefers the saved choice", () => {
    expect(detectLanguage("zh-CN", ["en-US"])).toBe("zh-CN");
  });

  it("ignores a saved value the console does not speak", () => {
    expect(detectLanguage("fr", ["zh-TW"])).toBe("zh-CN");
  });

  it("takes the first browser language it speaks, by primary tag where needed", () => {
    expect(detectLanguage(null, ["fr-FR", "en-GB", "zh-CN"])).toBe("en");
    expect(detectLanguage(null, ["de", "zh-Hant-HK"])).toBe("zh-CN");
  });

  it("falls back to English", () => {
    expect(detectLanguage(null, ["fr", "de"])).toBe("en");
    expect(detectLanguage(null, [])).toBe("en");
  });
});
