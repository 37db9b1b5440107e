/** Puts every store back to the state of a fresh page; the web tests run it before each test. */
import { initialConnection } from "../../draft/connection-draft";
import { useConnectionStore } from "../connection-store";
import { initialFiles, useFilesStore } from "../files-store";
import { initialInstances, useInstancesStore } from "../instances-store";
import { useIntakeStore } from "../intake-store";
import { initialRuns, useRunsStore } from "../runs-store";
import { initialWireDetection, useWireDetectionStore } from "../wire-detection-store";

/** Resets the connection, instances, files, intake, runs and wire detection stores. */
export function resetStores(): void {
  useConnectionStore.setState(initialConnection());
  useInstancesStore.setState(initialInstances());
  useFilesStore.setState(initialFiles());
  useIntakeStore.setState({ refusals: {} });
  useRunsStore.setState(initialRuns());
  useWireDetectionStore.setState(initialWireDetection());
}
