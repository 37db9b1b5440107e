import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The image-classifier settings a servable_config.json may give; the model's own metadata fills the rest. */
export interface ClassifierSettings {
  /** Model input name; default: the model's first input. */
  readonly input?: string;
  /** Square input size in pixels; default: the model's input height, else 224. */
  readonly inputSize?: number;
  /** Per-channel RGB mean and std on the 0–255 scale. */
  readonly mean: readonly [number, number, number];
  readonly std: readonly [number, number, number];
  /** Number of classes; default: the model's output width. 1001 adds index 1000 "empty". */
  readonly classes?: number;
  /** Label list file (Python dict `{0: 'name', ...}` or one label per line), absolute path. */
  readonly labels: string;
}

/** A servable folder's servable_config.json: which methods, which model file, and their settings. */
export interface ServableConfig {
  readonly kind: "tensor-add" | "image-classifier";
  /** Model file name inside each numbered version folder. */
  readonly model: string;
  /** A model the server can build itself where the version folder has no model file. */
  readonly builtinModel?: "seeded-resnet50";
  readonly classifier?: ClassifierSettings;
}

const DEFAULT_LABELS = new URL("../data/imagenet1000_clsidx_to_labels.txt", import.meta.url);

/** Returns the parsed servable_config.json at `path`, paths in it resolved against its folder. Throws on a bad file. */
export async function readServableConfig(path: string): Promise<ServableConfig> {
  const raw = JSON.parse(await readFile(path, "utf8")) as Partial<ServableConfig>;
  if (raw.kind !== "tensor-add" && raw.kind !== "image-classifier") {
    throw new Error(`${path}: kind must be "tensor-add" or "image-classifier"`);
  }
  if (typeof raw.model !== "string") {
    throw new Error(`${path}: model must name the model file of each version folder`);
  }
  const classifier: ClassifierSettings | undefined =
    raw.kind === "image-classifier"
      ? {
          mean: [0.485 * 255, 0.456 * 255, 0.406 * 255],
          std: [0.229 * 255, 0.224 * 255, 0.225 * 255],
          ...raw.classifier,
          labels: raw.classifier?.labels
            ? resolve(dirname(path), raw.classifier.labels)
            : fileURLToPath(DEFAULT_LABELS),
        }
      : undefined;
  return { kind: raw.kind, model: raw.model, builtinModel: raw.builtinModel, classifier };
}
