import { useTranslation } from "react-i18next";
import { useHistoryStore, type HistoryNotice } from "../../state/history-store";

function useNoticeText(): (notice: HistoryNotice) => string {
  const { t } = useTranslation("history");
  return (notice) => {
    switch (notice.kind) {
      case "unavailable":
        return t("notice.unavailable", { reason: notice.reason });
      case "record-failed":
        return t("notice.recordFailed", { reason: notice.reason });
      case "quota-evicted":
        return t("notice.quotaEvicted", { count: notice.count });
      case "history-full":
        return t("notice.historyFull");
      case "load-failed":
        return t("notice.loadFailed", { reason: notice.reason });
      case "import-done":
        return [
          t("notice.importDone", { count: notice.count }),
          ...(notice.skipped.length > 0
            ? [t("notice.importSkipped", { list: notice.skipped.join("; ") })]
            : []),
        ].join(" ");
      case "import-failed":
        return t("notice.importFailed", { reason: notice.reason });
      case "compare-mismatch":
        return t("notice.compareMismatch");
    }
  };
}

/** The history's latest notice and how many stored runs were skipped; quiet when there is none. */
export function HistoryNotices() {
  const { t } = useTranslation("history");
  const notice = useHistoryStore((s) => s.notice);
  const skipped = useHistoryStore((s) => s.skipped);
  const text = useNoticeText();
  return (
    <div role="status" className="history-notices">
      {skipped > 0 && <p>{t("notice.skipped", { count: skipped })}</p>}
      {notice && (
        <p>
          {text(notice)}{" "}
          <button type="button" onClick={() => useHistoryStore.getState().showNotice(undefined)}>
            {t("notice.dismiss")}
          </button>
        </p>
      )}
    </div>
  );
}
