import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import i18next from "i18next";
import { afterEach, describe, expect, it } from "vitest";
import { ConnectionPanel } from "../features/connection/connection-panel";
import { SendBar } from "../features/send/send-bar";
import { LANGUAGE_STORAGE_KEY } from "../i18n/setup-i18n";
import { LanguagePicker } from "./language-picker";

afterEach(async () => {
  await i18next.changeLanguage("en");
  localStorage.removeItem(LANGUAGE_STORAGE_KEY);
});

describe("LanguagePicker", () => {
  // Three areas render and re-render in two languages: slow on a loaded machine.
  it(
    "switches the console to Simplified Chinese, sets <html lang> and keeps the choice",
    { timeout: 20_000 },
    async () => {
      const user = userEvent.setup();
      render(
        <>
          <LanguagePicker />
          <ConnectionPanel />
          <SendBar />
        </>,
      );
      const language = screen.getByRole("combobox", { name: "Language" });
      expect(language).toHaveDisplayValue("English");
      expect(document.documentElement.lang).toBe("en");

      await user.selectOptions(language, "简体中文");
      // The Chinese catalogues are fetched on first choice.
      expect(await screen.findByRole("button", { name: "发送" })).toBeInTheDocument();
      expect(screen.getByRole("region", { name: "连接" })).toBeInTheDocument();
      expect(screen.getByRole("combobox", { name: "Language" })).toHaveDisplayValue("简体中文");
      expect(document.documentElement.lang).toBe("zh-CN");
      expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe("zh-CN");

      await user.selectOptions(language, "English");
      expect(await screen.findByRole("button", { name: "Send" })).toBeInTheDocument();
      expect(document.documentElement.lang).toBe("en");
    },
  );
});
