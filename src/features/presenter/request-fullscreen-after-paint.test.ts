import { afterEach, describe, expect, it, vi } from "vitest";
import { requestFullscreenAfterPaint } from "./request-fullscreen-after-paint";

/** A section in the page whose full-screen requests are recorded (jsdom has no full screen). */
function presenterNode(html = ""): { node: HTMLElement; requests: number } {
  const node = document.createElement("section");
  node.innerHTML = html;
  document.body.append(node);
  const record = { node, requests: 0 };
  node.requestFullscreen = () => {
    record.requests += 1;
    return Promise.resolve();
  };
  return record;
}

/** Resolves after the next animation frame and the task after it. */
const nextFrame = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

type ElementEntry = PerformanceEntry & { element: Element };

/** A PerformanceObserver that knows Element Timing, with entries delivered by the test. */
class FakeElementObserver {
  static supportedEntryTypes = ["element"];
  static last: FakeElementObserver | undefined;
  observing = false;
  constructor(private readonly callback: (list: { getEntries(): ElementEntry[] }) => void) {
    FakeElementObserver.last = this;
  }
  observe(): void {
    this.observing = true;
  }
  disconnect(): void {
    this.observing = false;
  }
  paint(element: Element): void {
    this.callback({ getEntries: () => [{ element } as ElementEntry] });
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe("requestFullscreenAfterPaint()", () => {
  it("asks for full screen after a frame has been drawn, not with the first render", async () => {
    const target = presenterNode();
    const entered = vi.fn();
    requestFullscreenAfterPaint(target.node, entered);
    expect(target.requests).toBe(0);
    await vi.waitFor(() => expect(entered).toHaveBeenCalledOnce());
    expect(target.requests).toBe(1);
  });

  it("waits until every element named for Element Timing has been painted", async () => {
    vi.stubGlobal("PerformanceObserver", FakeElementObserver);
    const target = presenterNode(
      '<img elementtiming="presenter-photo" alt="cat.jpg"><p elementtiming="presenter-label">cat</p>',
    );
    const entered = vi.fn();
    requestFullscreenAfterPaint(target.node, entered);
    const observer = FakeElementObserver.last;
    const [photo, label] = [...target.node.querySelectorAll("[elementtiming]")];
    if (!observer || !photo || !label) {
      throw new Error("no observer, photo or label");
    }
    expect(observer.observing).toBe(true);
    await nextFrame();
    observer.paint(photo);
    await nextFrame();
    expect(target.requests).toBe(0);
    observer.paint(label);
    await vi.waitFor(() => expect(entered).toHaveBeenCalledOnce());
    expect(target.requests).toBe(1);
    expect(observer.observing).toBe(false);
  });

  it("asks for nothing once cancelled (the presenter closed first)", async () => {
    const target = presenterNode();
    const entered = vi.fn();
    const cancel = requestFullscreenAfterPaint(target.node, entered);
    cancel();
    await nextFrame();
    await nextFrame();
    expect(target.requests).toBe(0);
    expect(entered).not.toHaveBeenCalled();
  });
});
