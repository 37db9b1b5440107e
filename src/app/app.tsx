import { useTranslation } from "react-i18next";
import { ConnectionForm } from "../features/connection/connection-form";
import { DiscoveryPanel } from "../features/discovery/discovery-panel";
import { InstancesPanel } from "../features/instances/instances-panel";
import { PasteRequestAction } from "../features/paste-request/paste-request-dialog";
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
        <PasteRequestAction />
        <InstancesPanel />
        <SendBar />
      </main>
      <div className="app-results">
        <ResultsSlot />
      </div>
    </div>
  );
}
