import { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useRunsStore } from "../../state/runs-store";
import { isTypingTarget } from "./is-typing-target";

// The presenter is loaded on first use, so it adds nothing to the page's first load.
const PresenterView = lazy(() =>
  import("./presenter-view").then((module) => ({ default: module.PresenterView })),
);

/**
 * The "Present" button (shortcut P outside text fields) and the presenter it opens over the
 * page; leaving it returns focus to the button. Shown once a run has results.
 */
export function PresentLauncher() {
  const { t } = useTranslation("presenter");
  const status = useRunsStore((s) => s.status);
  const exchange = useRunsStore((s) => s.exchange);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const ready = status === "done" && exchange?.result.ok === true;

  const close = useCallback(() => {
    setOpen(false);
    // After the presenter is gone, so focus lands on a button that is in the page again.
    requestAnimationFrame(() => button.current?.focus());
  }, []);

  useEffect(() => {
    if (!ready || open) {
      return undefined;
    }
    const onKey = (event: KeyboardEvent) => {
      if (
        event.key.toLowerCase() === "p" &&
        !event.ctrlKey &&
        !event.metaKey &&
        !event.altKey &&
        !isTypingTarget(event.target)
      ) {
        event.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [ready, open]);

  if (!ready) {
    return null;
  }
  return (
    <>
      <button
        ref={button}
        type="button"
        className="present-button"
        title={t("presentTitle")}
        aria-keyshortcuts="P"
        onClick={() => setOpen(true)}
      >
        {t("present")}
      </button>
      {open && (
        <Suspense fallback={<p role="status">{t("loading")}</p>}>
          <PresenterView exchange={exchange} onClose={close} />
        </Suspense>
      )}
    </>
  );
}
