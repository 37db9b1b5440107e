/** Puts every store back to the state of a fresh page; the web tests run it before each test. */
import { initialConnection } from "../../draft/connection-draft";
import { initialCodeExport, useCodeExportStore } from "../code-export-store";
import { useConnectionStore } from "../connection-store";
import { initialDraftStorage, useDraftStorageStore } from "../draft-storage-store";
import { initialFiles, useFilesStore } from "../files-store";
import { initialGatewayCheck, useGatewayCheckStore } from "../gateway-check-store";
import { initialHistory, useHistoryStore } from "../history-store";
import { useImportedPresetsStore } from "../imported-presets-store";
import { initialInstances, useInstancesStore } from "../instances-store";
import { useIntakeStore } from "../intake-store";
import { initialLoadTest, useLoadTestStore } from "../load-test-store";
import { initialMethodDrafts, useMethodDraftsStore } from "../method-drafts-store";
import { resetRunInputs } from "../run-inputs-store";
import { initialRuns, useRunsStore } from "../runs-store";
import { initialServingAddresses, useServingAddressesStore } from "../serving-addresses-store";
import { initialUndo, useUndoStore } from "../undo-store";
import { initialWireDetection, useWireDetectionStore } from "../wire-detection-store";

/** Resets every store to the state of a fresh page. */
export function resetStores(): void {
  useConnectionStore.setState(initialConnection());
  useInstancesStore.setState(initialInstances());
  useFilesStore.setState(initialFiles());
  useGatewayCheckStore.setState(initialGatewayCheck());
  useIntakeStore.setState({ refusals: {} });
  useImportedPresetsStore.setState({ presets: [], storageError: undefined });
  useRunsStore.setState(initialRuns());
  resetRunInputs();
  useWireDetectionStore.setState(initialWireDetection());
  useMethodDraftsStore.setState(initialMethodDrafts());
  useUndoStore.setState(initialUndo());
  useDraftStorageStore.setState(initialDraftStorage());
  useHistoryStore.setState(initialHistory());
  useCodeExportStore.setState(initialCodeExport());
  useServingAddressesStore.setState(initialServingAddresses());
  useLoadTestStore.setState(initialLoadTest());
}
