/** Puts every store back to the state of a fresh page; the web tests run it before each test. */
import { initialConnection } from "../../draft/connection-draft";
import { initialCodeExport, useCodeExportStore } from "../code-export-store";
import { useConnectionStore } from "../connection-store";
import { initialFiles, useFilesStore } from "../files-store";
import { initialGatewayCheck, useGatewayCheckStore } from "../gateway-check-store";
import { useImportedPresetsStore } from "../imported-presets-store";
import { initialInstances, useInstancesStore } from "../instances-store";
import { useIntakeStore } from "../intake-store";
import { initialRuns, useRunsStore } from "../runs-store";
import { initialServingAddresses, useServingAddressesStore } from "../serving-addresses-store";
import { initialWireDetection, useWireDetectionStore } from "../wire-detection-store";

/** Resets the connection, instances, files, gateway-check, intake, imported-presets, runs, wire detection, code export and Serving address stores. */
export function resetStores(): void {
  useConnectionStore.setState(initialConnection());
  useInstancesStore.setState(initialInstances());
  useFilesStore.setState(initialFiles());
  useGatewayCheckStore.setState(initialGatewayCheck());
  useIntakeStore.setState({ refusals: {} });
  useImportedPresetsStore.setState({ presets: [], storageError: undefined });
  useRunsStore.setState(initialRuns());
  useWireDetectionStore.setState(initialWireDetection());
  useCodeExportStore.setState(initialCodeExport());
  useServingAddressesStore.setState(initialServingAddresses());
}
