import { useEffect } from "react";
import { useRunsStore } from "../state/runs-store";

/** Sends the draft on Ctrl+Enter (Cmd+Enter on macOS) wherever focus is. */
export function useSendShortcut(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && !event.repeat) {
        event.preventDefault();
        void useRunsStore.getState().send();
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
