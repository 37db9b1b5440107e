/**
 * Resolves once the browser has painted (presented on screen) every element inside `node` that
 * carries an `elementtiming` name, as Element Timing reports it. Where the browser has no Element
 * Timing, or nothing in `node` is named, it resolves after the next frame instead.
 * Returns the promise and a function that stops watching.
 */
export function whenPainted(node: HTMLElement): { painted: Promise<void>; stop: () => void } {
  const named = [...node.querySelectorAll("[elementtiming]")];
  const supported =
    typeof PerformanceObserver === "function" &&
    PerformanceObserver.supportedEntryTypes.includes("element");
  if (!supported || named.length === 0) {
    let frame = 0;
    const painted = new Promise<void>((resolve) => {
      frame = requestAnimationFrame(() => setTimeout(resolve, 0));
    });
    return { painted, stop: () => cancelAnimationFrame(frame) };
  }
  const waiting = new Set(named);
  let observer: PerformanceObserver | undefined;
  const painted = new Promise<void>((resolve) => {
    observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const element = (entry as PerformanceEntry & { element?: Element | null }).element;
        if (element) {
          waiting.delete(element);
        }
      }
      if (waiting.size === 0) {
        observer?.disconnect();
        resolve();
      }
    });
    // Buffered: the first frame may have been presented before this effect ran.
    observer.observe({ type: "element", buffered: true });
  });
  return { painted, stop: () => observer?.disconnect() };
}
