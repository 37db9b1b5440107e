/** Keeps the text being pasted across a reload of the tab, until it is applied. */

const KEY = "serving-console.paste-request-text";
// Larger pastes are not kept: session storage holds a few MB per origin.
const MAX_KEPT_CHARS = 1_000_000;

/** Returns the text kept for this tab, or "". */
export function restoreText(): string {
  try {
    return sessionStorage.getItem(KEY) ?? "";
  } catch {
    return "";
  }
}

/** Keeps `text` for this tab (clears it when empty or too large to keep). */
export function saveText(text: string): void {
  try {
    if (text === "" || text.length > MAX_KEPT_CHARS) {
      sessionStorage.removeItem(KEY);
    } else {
      sessionStorage.setItem(KEY, text);
    }
  } catch {
    // Without storage the text still works for this page.
  }
}
