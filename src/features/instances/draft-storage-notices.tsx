import { useTranslation } from "react-i18next";
import { splitMethodKey } from "../../draft/method-key";
import { useDraftStorageStore } from "../../state/draft-storage-store";
import { MAX_METHOD_DRAFTS, useMethodDraftsStore } from "../../state/method-drafts-store";

/**
 * What happened to the saved draft: a write the browser refused (the draft stays in this tab), a
 * saved draft that could not be read, large values lost, method drafts dropped over the limit.
 */
export function DraftStorageNotices() {
  const { t } = useTranslation("instances");
  const failure = useDraftStorageStore((s) => s.failure);
  const corrupt = useDraftStorageStore((s) => s.corrupt);
  const lostValues = useDraftStorageStore((s) => s.lostValues);
  const dropped = useMethodDraftsStore((s) => s.dropped);
  const notices = [
    ...(corrupt ? [t("storage.corrupt")] : []),
    ...(lostValues > 0 ? [t("storage.lostValues", { count: lostValues })] : []),
    ...dropped.map((key) =>
      t("storage.dropped", { ...splitMethodKey(key), max: MAX_METHOD_DRAFTS }),
    ),
  ];
  return (
    <>
      {failure && (
        <p className="field-error" role="alert">
          ⚠ {t(failure === "quota" ? "storage.quota" : "storage.unavailable")}
        </p>
      )}
      {notices.length > 0 && (
        <div className="notices" role="status">
          <ul>
            {notices.map((n) => (
              <li key={n}>⚠ {n}</li>
            ))}
          </ul>
          <button
            type="button"
            onClick={() => {
              useDraftStorageStore.getState().dismiss();
              useMethodDraftsStore.getState().dismissDropped();
            }}
          >
            {t("dismissStorageNotices")}
          </button>
        </div>
      )}
    </>
  );
}
