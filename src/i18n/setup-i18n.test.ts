import { describe, expect, it } from "vitest";
import { matchBrowserLanguage } from "./setup-i18n";

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
