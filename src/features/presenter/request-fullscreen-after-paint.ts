// Entering full screen restyles the whole document (every element of the page behind, not just
// the presenter) and resizes the viewport, and a frame drawn for the old size is dropped. Asked
// for with the presenter's first render, that work holds back the first photo and label; asked
// for once they are on screen, the presenter shows at once and the switch follows.
import { whenPainted } from "./when-painted";

/** The longest the full-screen request waits for the first photo and label to be painted. */
export const FULLSCREEN_WAIT_MS = 1000;

/**
 * Asks for full screen on `node` once what it names for Element Timing has been painted (or
 * after `FULLSCREEN_WAIT_MS`); calls `onEntered` when the browser agrees. Returns a function that
 * cancels a request not yet made.
 */
export function requestFullscreenAfterPaint(node: HTMLElement, onEntered: () => void): () => void {
  if (typeof node.requestFullscreen !== "function") {
    return () => undefined;
  }
  let cancelled = false;
  const { painted, stop } = whenPainted(node);
  const request = () => {
    clearTimeout(wait);
    stop();
    if (cancelled || !node.isConnected || document.fullscreenElement === node) {
      return;
    }
    node.requestFullscreen().then(
      () => {
        if (!cancelled) {
          onEntered();
        }
      },
      // Refused (no user activation left, or not allowed in a frame): the overlay still covers the page.
      () => undefined,
    );
  };
  const wait = setTimeout(request, FULLSCREEN_WAIT_MS);
  void painted.then(request);
  return () => {
    cancelled = true;
    clearTimeout(wait);
    stop();
  };
}
