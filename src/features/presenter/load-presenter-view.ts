import type { PresenterView } from "./presenter-view";

/** The presenter component, as its chunk exports it. */
export type PresenterViewComponent = typeof PresenterView;

let loading: Promise<PresenterViewComponent> | undefined;

/** Loads the presenter's code chunk once; later calls share the first load. */
export function loadPresenterView(): Promise<PresenterViewComponent> {
  loading ??= import("./presenter-view").then(
    (module) => module.PresenterView,
    (error: unknown) => {
      // A failed load (a network blip) may be tried again on the next open.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * Loads the presenter when the browser is idle (a send or its results come first) and hands it
 * to `onLoaded`; returns a function that cancels both.
 */
export function preloadPresenterViewWhenIdle(
  onLoaded: (view: PresenterViewComponent) => void,
): () => void {
  let cancelled = false;
  const start = () =>
    void loadPresenterView().then(
      (view) => {
        if (!cancelled) {
          onLoaded(view);
        }
      },
      // Opening the presenter tries again and shows what went wrong.
      () => undefined,
    );
  let cancelStart: () => void;
  if (
    typeof window.requestIdleCallback === "function" &&
    typeof window.cancelIdleCallback === "function"
  ) {
    const id = window.requestIdleCallback(start, { timeout: 1000 });
    const cancelIdle = window.cancelIdleCallback.bind(window);
    cancelStart = () => cancelIdle(id);
  } else {
    const id = window.setTimeout(start, 50);
    cancelStart = () => window.clearTimeout(id);
  }
  return () => {
    cancelled = true;
    cancelStart();
  };
}
