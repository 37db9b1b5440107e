/** The discovery panel's state: import of servable_config.py files and input discovery runs. */
import { create } from "zustand";
import { describeError } from "../../../shared/describe-value";
import { buildTarget } from "../../draft/build-target";
import { readFileBytes } from "../../draft/read-file-bytes";
import { useConnectionStore } from "../../state/connection-store";
import { useImportedPresetsStore } from "../../state/imported-presets-store";
import { loadContract, saveContract, type ContractKey } from "./contract-cache";
import { discoverInputs, type DiscoveryOutcome } from "./discover-inputs";
import { learnedDeclarations, replacesDeclared } from "./learned-declarations";
import type { ServingClient } from "../../serving/client";
import type { ConfigFile, ConfigFileReport } from "./import-servable-configs";

/** Asks the user a yes/no question (window.confirm in the app). */
export type Confirm = (question: string) => boolean;

interface DiscoveryState {
  importReports: ConfigFileReport[];
  discovery:
    | { status: "idle" }
    | { status: "running"; method: string }
    | { status: "done"; method: string; outcome: DiscoveryOutcome; cached: boolean; note?: string }
    | { status: "failed"; method: string; error: string };
}

interface DiscoveryActions {
  /** Reads the chosen files and adds the methods they register as presets. */
  importFiles(files: readonly File[]): Promise<void>;
  /** Learns the current method's inputs (from the cache unless `fresh`) and declares them. */
  discover(confirm: Confirm, fresh?: boolean): Promise<void>;
  /** Clears the import report. */
  dismissImport(): void;
}

/** The discovery store. */
export const useDiscoveryStore = create<DiscoveryState & DiscoveryActions>()((set) => ({
  importReports: [],
  discovery: { status: "idle" },
  importFiles: async (files) => {
    // The Python grammar (lezer) loads with the first import, off the initial bundle.
    const { importServableConfigs, MAX_CONFIG_BYTES } = await import("./import-servable-configs");
    const read: ConfigFile[] = await Promise.all(
      files.map(async (file) => ({
        name: file.name,
        relativePath: file.webkitRelativePath || "",
        size: file.size,
        // Oversized files are not read; the import refuses them by size.
        bytes: file.size > MAX_CONFIG_BYTES ? new Uint8Array(0) : await readFileBytes(file),
      })),
    );
    const fallback = useConnectionStore.getState().servable.trim() || "servable";
    const { presets, reports } = importServableConfigs(read, fallback);
    set({ importReports: reports });
    await useImportedPresetsStore.getState().add(presets);
  },
  discover: async (confirm, fresh = false) => {
    const connection = useConnectionStore.getState();
    const built = buildTarget(connection);
    const method = connection.method.trim();
    if ("error" in built) {
      set({ discovery: { status: "failed", method, error: built.error } });
      return;
    }
    const key: ContractKey = {
      gateway: built.target.url,
      servable: built.target.servable,
      version: String(built.target.version),
      method,
    };
    set({ discovery: { status: "running", method } });
    try {
      const cached = fresh ? undefined : await loadContract(key);
      const outcome = cached ?? (await runDiscovery(built.target, built.timeoutMs, confirm));
      if (!cached) {
        await saveContract(key, outcome).catch(() => undefined);
      }
      const note = declareLearned(outcome, confirm);
      set({ discovery: { status: "done", method, outcome, cached: cached !== undefined, note } });
    } catch (error) {
      set({ discovery: { status: "failed", method, error: describeError(error) } });
    }
  },
  dismissImport: () => set({ importReports: [] }),
}));

async function runDiscovery(
  target: ConstructorParameters<typeof ServingClient>[0],
  timeoutMs: number | undefined,
  confirm: Confirm,
): Promise<DiscoveryOutcome> {
  // The client (protobuf, gRPC-Web) is its own chunk; by now the first-paint preload has it.
  const { ServingClient } = await import("../../serving/client");
  const client = new ServingClient(target);
  return discoverInputs({
    predict: (instance) => client.infer(instance, { timeoutMs }),
    confirmMore: (calls) =>
      Promise.resolve(confirm(`Discovery has made ${calls} calls. Send up to 10 more?`)),
  });
}

// Declares what was learned; asks first when that would change inputs already declared.
function declareLearned(outcome: DiscoveryOutcome, confirm: Confirm): string | undefined {
  if (outcome.inputs.length === 0) {
    return undefined;
  }
  const next = learnedDeclarations(outcome.inputs);
  const current = useConnectionStore.getState().inputs;
  if (
    replacesDeclared(current, next) &&
    !confirm(
      `Replace the declared inputs (${current.map((i) => i.name).join(", ")}) with the discovered ones (${next.map((i) => i.name).join(", ")})?`,
    )
  ) {
    return "The declared inputs were kept.";
  }
  useConnectionStore.getState().declareInputs(next);
  return undefined;
}
