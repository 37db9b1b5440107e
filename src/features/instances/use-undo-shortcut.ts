import { useEffect } from "react";
import { undoLastStep } from "../../state/draft-steps";

// Where the browser's own undo applies: text being edited.
function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) {
    return false;
  }
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) {
    return true;
  }
  return (
    target instanceof HTMLInputElement &&
    !["button", "checkbox", "radio", "file", "submit", "reset", "range", "color"].includes(
      target.type,
    )
  );
}

/** Undoes the latest draft step on Ctrl/Cmd+Z, except in a text field, where the browser undoes typing. */
export function useUndoShortcut(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const key = event.key.toLowerCase();
      if (
        key !== "z" ||
        !(event.ctrlKey || event.metaKey) ||
        event.shiftKey ||
        event.altKey ||
        isTextField(event.target)
      ) {
        return;
      }
      if (undoLastStep()) {
        event.preventDefault();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
}
