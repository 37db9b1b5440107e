import { Component, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
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
    return <CrashMessage error={error} />;
  }
}

function CrashMessage(props: { error: Error }) {
  const { t } = useTranslation("app");
  return (
    <div className="app-crash" role="alert">
      <h1>{t("crash.title")}</h1>
      <p>{t("crash.error", { message: props.error.message })}</p>
      <p>{t("crash.draftSaved")}</p>
      <button type="button" className="primary" onClick={() => location.reload()}>
        {t("crash.reload")}
      </button>{" "}
      <button
        type="button"
        onClick={() => {
          localStorage.removeItem(DRAFT_KEY);
          location.reload();
        }}
      >
        {t("crash.startOver")}
      </button>
    </div>
  );
}
