import { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useRunsStore } from "../../state/runs-store";
import { isTypingTarget } from "./is-typing-target";
import {
  loadPresenterView,
  preloadPresenterViewWhenIdle,
  type PresenterViewComponent,
} from "./load-presenter-view";

// The presenter is not in the page's first load: it is fetched once a send begins (when the
// browser is idle) and then rendered directly, because a suspended boundary is revealed only
// after React's fallback throttle (300 ms). Opened before that, it suspends.
const LazyPresenterView = lazy(() =>
  loadPresenterView().then((PresenterView) => ({ default: PresenterView })),
);

/**
 * The "Present" button (shortcut P outside text fields) and the presenter it opens over the
 * page; leaving it returns focus to the button. Shown once a run has results.
 */
export function PresentLauncher() {
  const { t } = useTranslation("presenter");
  const status = useRunsStore((s) => s.status);
  const exchange = useRunsStore((s) => s.exchange);
  const [Loaded, setLoaded] = useState<PresenterViewComponent>();
  // How it was opened: a presenter opened while loading stays in its Suspense boundary, so the
  // load finishing does not mount it a second time.
  const [open, setOpen] = useState<false | "loaded" | "loading">(false);
  const openNow = useCallback(() => setOpen(Loaded ? "loaded" : "loading"), [Loaded]);
  const button = useRef<HTMLButtonElement>(null);
  const ready = status === "done" && exchange?.result.ok === true;

  const close = useCallback(() => {
    setOpen(false);
    // After the presenter is gone, so focus lands on a button that is in the page again.
    requestAnimationFrame(() => button.current?.focus());
  }, []);

  // From the first send on, results are coming: the presenter loads while the reply is awaited.
  const expectingResults = ready || status === "running";
  useEffect(
    () =>
      expectingResults ? preloadPresenterViewWhenIdle((view) => setLoaded(() => view)) : undefined,
    [expectingResults],
  );

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
        openNow();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [ready, open, openNow]);

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
        onClick={openNow}
      >
        {t("present")}
      </button>
      {open !== false &&
        (open === "loaded" && Loaded ? (
          <Loaded exchange={exchange} onClose={close} />
        ) : (
          <Suspense fallback={<p role="status">{t("loading")}</p>}>
            <LazyPresenterView exchange={exchange} onClose={close} />
          </Suspense>
        ))}
    </>
  );
}
