import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app";
import { ErrorBoundary } from "./app/error-boundary";
import { loadStartLanguage, setupI18n } from "./i18n/setup-i18n";
import { startDraftPersistence } from "./state/draft-persistence";
import { useImportedPresetsStore } from "./state/imported-presets-store";

setupI18n();

// The saved draft is put into the stores synchronously before the first render; file bytes follow.
void startDraftPersistence(location.search);
void useImportedPresetsStore.getState().load();

const root = document.getElementById("root");
if (root) {
  // A saved or browser language other than English is fetched first, so the page opens in it;
  // should that fail, the console opens in English rather than not at all.
  void loadStartLanguage()
    .catch(() => undefined)
    .finally(() =>
      createRoot(root).render(
        <StrictMode>
          <ErrorBoundary>
            <App />
          </ErrorBoundary>
        </StrictMode>,
      ),
    );
}
