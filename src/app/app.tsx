import { useTranslation } from "react-i18next";
import { CopyAsCodeButton } from "../features/code-export/copy-as-code-button";
import { CompareVersionsForm } from "../features/compare/compare-versions-form";
import { ConnectionPanel } from "../features/connection/connection-panel";
import { DiscoveryPanel } from "../features/discovery/discovery-panel";
import { InstancesPanel } from "../features/instances/instances-panel";
import { PasteRequestAction } from "../features/paste-request/paste-request-dialog";
import { PresentLauncher } from "../features/presenter/present-launcher";
import { SendBar } from "../features/send/send-bar";
import { ComparisonSlot } from "./comparison-slot";
import { CopyAsCodeSlot } from "./copy-as-code-slot";
import { HistorySlot } from "./history-slot";
import { LanguagePicker } from "./language-picker";
import { LoadTestSlot } from "./load-test-slot";
import { ResultsSlot } from "./results-slot";
import { INSTANCES_ANCHOR, SkipLink } from "./skip-link";
import { usePreloadClient } from "./use-preload-client";
import { useSendShortcut } from "./use-send-shortcut";
import "./app.css";

/** The app shell: connection at the side, instances and the send bar in the middle, results beside them. */
export function App() {
  useSendShortcut();
  usePreloadClient();
  const { t } = useTranslation("app");
  return (
    <div className="app">
      <SkipLink />
      <header className="app-header">
        <h1>{t("title")}</h1>
        <p>{t("tagline")}</p>
        <div className="app-header-tools">
          <LanguagePicker />
        </div>
      </header>
      <aside className="app-side">
        <ConnectionPanel />
        <DiscoveryPanel />
      </aside>
      <main className="app-main" id={INSTANCES_ANCHOR} tabIndex={-1}>
        <InstancesPanel />
        <SendBar />
        <CopyAsCodeButton />
        <PasteRequestAction />
        <CompareVersionsForm />
      </main>
      <div className="app-results">
        <PresentLauncher />
        <ResultsSlot />
        <ComparisonSlot />
        <HistorySlot />
      </div>
      <LoadTestSlot />
      <CopyAsCodeSlot />
    </div>
  );
}
