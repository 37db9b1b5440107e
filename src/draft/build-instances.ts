/** Turns the draft instances into protocol instances, collecting every problem per instance input. */
import { buildTensor } from "./build-tensor";
import { formatByteSize } from "./format-byte-size";
import { parseElement } from "./parse-element";
import type { Instance, InstanceValue } from "../serving/types";
import type { DraftInstance, DraftValue } from "./draft-value";

/** A problem with one input of one instance (0-based index, as the client reports it). */
export interface InputProblem {
  instanceIndex: number;
  inputName: string;
  message: string;
}

/** The built instances, or every problem found (instances is empty when there are problems). */
export interface BuiltInstances {
  instances: Instance[];
  problems: InputProblem[];
}

/** Returns the protocol instances for the drafts, looking file bytes up in `files`. */
export function buildInstances(
  drafts: readonly DraftInstance[],
  files: Readonly<Record<string, Uint8Array>>,
  fileLimitBytes: number,
): BuiltInstances {
  const instances: Instance[] = [];
  const problems: InputProblem[] = [];
  drafts.forEach((draft, instanceIndex) => {
    const instance: Instance = {};
    for (const [inputName, value] of Object.entries(draft.values)) {
      const built = buildValue(value, files, fileLimitBytes);
      if ("error" in built) {
        problems.push({ instanceIndex, inputName, message: built.error });
      } else {
        instance[inputName] = built.value;
      }
    }
    instances.push(instance);
  });
  return problems.length > 0 ? { instances: [], problems } : { instances, problems };
}

/** Returns one draft value as a protocol value, or why it cannot be sent. */
export function buildValue(
  value: DraftValue,
  files: Readonly<Record<string, Uint8Array>>,
  fileLimitBytes: number,
): { value: InstanceValue } | { error: string } {
  switch (value.kind) {
    case "tensor": {
      const built = buildTensor(value);
      return built.ok ? { value: built.tensor } : { error: built.error };
    }
    case "scalar": {
      const parsed = parseElement(value.text, value.dtype);
      return parsed.ok
        ? { value: { kind: "scalar", dtype: value.dtype, value: parsed.value } }
        : { error: parsed.error };
    }
    case "bool":
      return { value: { kind: "bool", value: value.value } };
    case "int": {
      const parsed = parseElement(value.text, "int64");
      return parsed.ok
        ? { value: { kind: "int", value: parsed.value as bigint } }
        : { error: parsed.error };
    }
    case "float": {
      const parsed = parseElement(value.text, "float64");
      return parsed.ok
        ? { value: { kind: "float", value: parsed.value as number } }
        : { error: parsed.error };
    }
    case "string":
      return { value: { kind: "string", value: value.value } };
    case "bytes":
    case "image": {
      if (!value.file) {
        return { error: value.kind === "image" ? "no image chosen" : "no file chosen" };
      }
      if (value.file.size > fileLimitBytes) {
        return {
          error: describeOversizeFile(value.file.name, fileLimitBytes),
        };
      }
      const bytes = files[value.file.id];
      if (!bytes) {
        return { error: `${value.file.name} is still loading` };
      }
      return { value: { kind: "bytes", value: bytes } };
    }
  }
}

/** Returns the message refusing file `name` for being larger than `limitBytes`. */
export function describeOversizeFile(name: string, limitBytes: number): string {
  return `${name} is larger than the ${formatByteSize(limitBytes)} limit`;
}
