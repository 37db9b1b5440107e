import { useTranslation } from "react-i18next";
import { CopyAsCodeButton } from "../features/code-export/copy-as-code-button";
import { CopyAsCodeDialog } from "../features/code-export/copy-as-code-dialog";
import { ConnectionForm } from "../features/connection/connection-form";
import { DiscoveryPanel } from "../features/discovery/discovery-panel";
import { InstancesPanel } from "../features/instances/instances-panel";
import { SendBar } from "../features/send/send-bar";
import { ResultsSlot } from "./results-slot";
import { useSendShortcut } from "./use-send-shortcut";
import "./app.css";

/** The app shell: connection at the side, instances and the send bar in the middle, results beside them. */
export function App() {
  useSendShortcut();
  const { t } = useTranslation("app");
  return (
    <div className="app">
      <header className="app-header">
        <h1>{t("title")}</h1>
        <p>{t("tagline")}</p>
      </header>
      <aside className="app-side">
        <ConnectionForm />
        <DiscoveryPanel />
      </aside>
      <main className="app-main">
        <InstancesPanel />
        <SendBar />
        <CopyAsCodeButton />
      </main>
      <div className="app-results">
        <ResultsSlot />
      </div>
      <CopyAsCodeDialog />
    </div>
  );
}
