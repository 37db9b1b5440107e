import { Component, type ReactNode } from "react";
import { DRAFT_KEY } from "../state/draft-persistence";

/**
 * Catches a rendering failure so the page says what happened instead of going blank; the saved
 * draft is kept unless the user chooses to start over.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {};

  static getDerivedStateFromError(error: Error): { error: Error } {
    return { error };
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) {
      return this.props.children;
    }
    return (
      <div className="app-crash" role="alert">
        <h1>Serving Console stopped</h1>
        <p>The page hit an error it cannot recover from: {error.message}</p>
        <p>Your draft is saved. Reload to continue with it, or start over with an empty draft.</p>
        <button type="button" className="primary" onClick={() => location.reload()}>
          Reload
        </button>{" "}
        <button
          type="button"
          onClick={() => {
            localStorage.removeItem(DRAFT_KEY);
            location.reload();
          }}
        >
          Start over
        </button>
      </div>
    );
  }
}
