/** Taking files into the draft, and the refusal messages of each place files are taken in. */
import { create } from "zustand";
import { describeError } from "../../shared/describe-value";
import { attachFile, importFiles } from "./import-files";

/** The key of the instances panel's refusals (drop, pick or paste of files as new instances). */
export const PANEL_INTAKE = "panel";

/** Returns the key of the refusals of one input of one instance. */
export function fieldIntakeKey(instanceId: string, inputName: string): string {
  return `${instanceId}/${inputName}`;
}

interface IntakeState {
  /** Refusal messages by intake key; a key without messages is absent. */
  refusals: Record<string, string[]>;
}

interface IntakeActions {
  /** Makes one instance of `inputName` per accepted file; records the refusals under the panel key. */
  importFiles(inputName: string, files: readonly File[]): Promise<void>;
  /** Puts the file into one instance's input; records a refusal under that field's key. */
  attachFile(
    instanceId: string,
    inputName: string,
    kind: "bytes" | "image",
    file: File,
  ): Promise<void>;
  /** Records messages under the key, replacing what was there. */
  refuse(key: string, messages: readonly string[]): void;
  /** Clears the messages of the key. */
  dismiss(key: string): void;
}

/** The intake store. */
export const useIntakeStore = create<IntakeState & IntakeActions>()((set, get) => ({
  refusals: {},
  importFiles: async (inputName, files) => {
    try {
      get().refuse(PANEL_INTAKE, await importFiles(inputName, files));
    } catch (error) {
      get().refuse(PANEL_INTAKE, [describeError(error)]);
    }
  },
  attachFile: async (instanceId, inputName, kind, file) => {
    const key = fieldIntakeKey(instanceId, inputName);
    try {
      const refusal = await attachFile(instanceId, inputName, kind, file);
      get().refuse(key, refusal === undefined ? [] : [refusal]);
    } catch (error) {
      get().refuse(key, [describeError(error)]);
    }
  },
  refuse: (key, messages) =>
    set((s) => {
      const refusals = { ...s.refusals };
      if (messages.length > 0) {
        refusals[key] = [...messages];
      } else {
        delete refusals[key];
      }
      return { refusals };
    }),
  dismiss: (key) => get().refuse(key, []),
}));
