import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { useTranslation } from "react-i18next";
import { useRunInputsStore } from "../../state/run-inputs-store";
import { PresentedInput } from "./presented-input";
import { PresentedResult } from "./presented-result";
import { requestFullscreenAfterPaint } from "./request-fullscreen-after-paint";
import { usePreferredDark } from "./use-preferred-dark";
import type { InferExchange } from "../../serving/types";
import "./presenter.css";

/**
 * The full-screen region "Presenter": one instance at a time, its input beside its result.
 * Previous/Next buttons and the arrow keys move; Esc (or leaving full screen) closes it.
 * Nothing heavy runs on open: images reuse the run's object URLs, and only the shown instance
 * is planned.
 */
export function PresenterView(props: { exchange: InferExchange; onClose: () => void }) {
  const { exchange, onClose } = props;
  const { t, i18n } = useTranslation("presenter");
  const run = useRunInputsStore((s) => s.run);
  const results = exchange.result.ok ? exchange.result.instances : [];
  const count = results.length;
  const [index, setIndex] = useState(0);
  const preferDark = usePreferredDark();
  const [dark, setDark] = useState<boolean | undefined>(undefined);
  const region = useRef<HTMLElement>(null);

  const move = useCallback(
    (delta: number) => setIndex((i) => Math.min(Math.max(i + delta, 0), count - 1)),
    [count],
  );

  // On the window, so the keys work wherever focus is inside the presenter (or on its edge).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        event.preventDefault();
        onClose();
      } else if (event.key === "ArrowRight" || event.key === "ArrowDown") {
        event.preventDefault();
        move(1);
      } else if (event.key === "ArrowLeft" || event.key === "ArrowUp") {
        event.preventDefault();
        move(-1);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [move, onClose]);

  useEffect(() => {
    const node = region.current;
    if (!node) {
      return undefined;
    }
    node.focus();
    // Full screen where the browser allows it, once the first photo and label are drawn; the
    // fixed overlay covers the page either way.
    let entered = false;
    const cancelFullscreen = requestFullscreenAfterPaint(node, () => (entered = true));
    // The browser leaves full screen on Esc by itself; leaving it closes the presenter too.
    const onFullscreenChange = () => {
      if (entered && !document.fullscreenElement) {
        onClose();
      }
    };
    document.addEventListener("fullscreenchange", onFullscreenChange);
    return () => {
      cancelFullscreen();
      document.removeEventListener("fullscreenchange", onFullscreenChange);
      if (document.fullscreenElement) {
        void document.exitFullscreen().catch(() => undefined);
      }
    };
  }, [onClose]);

  const result = results[index];
  const sent = run?.instances[index];
  const number = new Intl.NumberFormat(i18n.language);
  const theme = (dark ?? preferDark) ? "dark" : "light";
  const body = useMemo(() => (result ? <PresentedResult result={result} /> : null), [result]);

  // In the body, beside the app rather than inside the results column: inserting it there
  // would lay out the whole column again before the first frame.
  return createPortal(
    <section
      ref={region}
      className={`presenter presenter-${theme}`}
      aria-label={t("region")}
      tabIndex={-1}
    >
      <header className="presenter-top">
        <p className="presenter-position" aria-live="polite">
          {t("position", { number: number.format(index + 1), count: number.format(count) })}
        </p>
        {exchange.untrainedModel === true && <p className="presenter-badge">{t("untrained")}</p>}
        <div className="presenter-controls">
          <button type="button" onClick={() => move(-1)} aria-disabled={index === 0}>
            {t("previous")}
          </button>
          <button type="button" onClick={() => move(1)} aria-disabled={index >= count - 1}>
            {t("next")}
          </button>
          <button
            type="button"
            aria-pressed={theme === "dark"}
            onClick={() => setDark(theme !== "dark")}
          >
            {t("darkTheme")}
          </button>
          <button type="button" onClick={onClose} aria-keyshortcuts="Escape">
            {t("leave")}
          </button>
        </div>
      </header>
      <div className="presenter-stage">
        <div className="presenter-input" role="group" aria-label={t("input")}>
          {sent ? <PresentedInput sent={sent} /> : <p>{t("noInput")}</p>}
        </div>
        <div className="presenter-result" role="group" aria-label={t("result")}>
          {body}
        </div>
      </div>
    </section>,
    document.body,
  );
}
