import { useTranslation } from "react-i18next";
import { useRunsStore } from "../../state/runs-store";

// Intl's byte units, largest first, with the size each one starts at (1000-based, as elsewhere).
const UNITS = [
  { unit: "gigabyte", from: 1e9 },
  { unit: "megabyte", from: 1e6 },
  { unit: "kilobyte", from: 1e3 },
  { unit: "byte", from: 0 },
] as const;

/** Returns a byte count as short text for the locale, e.g. "50.7 MB". */
export function formatBytesForLocale(bytes: number, locale: string): string {
  const chosen = UNITS.find((u) => bytes >= u.from) ?? UNITS[3];
  const value = chosen.from > 0 ? bytes / chosen.from : bytes;
  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit: chosen.unit,
    maximumFractionDigits: chosen.unit === "byte" ? 0 : 1,
  }).format(value);
}

/** What the send in flight has done so far: the request size once encoded, then reply bytes received. */
export function SendProgress() {
  const { t, i18n } = useTranslation("send");
  const requestBytes = useRunsStore((s) => s.requestBytes);
  const receivedBytes = useRunsStore((s) => s.receivedBytes);
  const format = (bytes: number) => formatBytesForLocale(bytes, i18n.language);
  return (
    <span className="send-progress">
      {requestBytes === undefined
        ? t("encoding")
        : t("progress", { sent: format(requestBytes), received: format(receivedBytes) })}
    </span>
  );
}
