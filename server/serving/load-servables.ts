import { existsSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { parseLabels } from "./labels";
import { loadOnnxModel } from "./onnx-model";
import { ensureSeededResnet50 } from "./seeded-model-cache";
import { readServableConfig, type ServableConfig } from "./servable-config";
import { fitClassifier } from "./servables/fit-classifier";
import { createClassifierMethods } from "./servables/image-classifier";
import { createTensorAddMethods } from "./servables/tensor-add";
import type { Model, Servable, ServableMethod, ServableVersion } from "./servable-types";

/** Where servables and models come from. */
export interface LoadServablesOptions {
  /** Folder of servable folders, each with servable_config.json and numbered version folders. */
  readonly servablesDir: string;
  /** Model files that replace a servable's own, by servable name (e.g. a trained classifier). */
  readonly modelOverrides?: Readonly<Record<string, string>>;
  /** Where models the server builds itself are kept between starts. */
  readonly cacheDir: string;
}

async function listVersions(dir: string): Promise<number[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory() && /^[1-9]\d*$/.test(e.name))
    .map((e) => Number(e.name))
    .sort((a, b) => a - b);
}

async function findModel(
  config: ServableConfig,
  versionDir: string,
  options: LoadServablesOptions,
  name: string,
  notes: string[],
): Promise<{ path: string; untrained: boolean }> {
  const override = options.modelOverrides?.[name];
  if (override) {
    notes.push(`running ${override}`);
    return { path: override, untrained: false };
  }
  const own = join(versionDir, config.model);
  if (existsSync(own) || config.builtinModel !== "seeded-resnet50") {
    return { path: own, untrained: false };
  }
  const { path } = await ensureSeededResnet50(options.cacheDir);
  notes.push(`no trained model in ${versionDir}: running a seeded ResNet-50, labels are untrained`);
  return { path, untrained: true };
}

async function createMethods(config: ServableConfig, model: Model): Promise<ServableMethod[]> {
  if (config.kind === "tensor-add") {
    return createTensorAddMethods(model);
  }
  const settings = config.classifier!;
  const labels = parseLabels(await readFile(settings.labels, "utf8"));
  return createClassifierMethods(fitClassifier(model, settings, labels));
}

/** Returns the servable in folder `dir` with every version loaded. Throws when its config or a model is unusable. */
export async function loadServable(
  dir: string,
  name: string,
  options: LoadServablesOptions,
): Promise<Servable> {
  const config = await readServableConfig(join(dir, "servable_config.json"));
  const notes: string[] = [];
  const versions = new Map<number, ServableVersion>();
  for (const version of await listVersions(dir)) {
    const found = await findModel(config, join(dir, String(version)), options, name, notes);
    const model = await loadOnnxModel(found.path);
    const methods = await createMethods(config, model);
    versions.set(version, {
      version,
      model,
      methods: new Map(methods.map((m) => [m.name, m])),
      untrained: found.untrained,
    });
  }
  if (versions.size === 0) {
    throw new Error(`Servable ${name} in ${dir} has no version folder (1, 2, ...)`);
  }
  return { name, versions, notes: [...new Set(notes)] };
}

/** Returns every servable under `options.servablesDir`: each sub-folder holding a servable_config.json. */
export async function loadServables(options: LoadServablesOptions): Promise<Servable[]> {
  const entries = await readdir(options.servablesDir, { withFileTypes: true });
  const names = entries
    .filter(
      (e) =>
        e.isDirectory() && existsSync(join(options.servablesDir, e.name, "servable_config.json")),
    )
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map((name) => loadServable(join(options.servablesDir, name), name, options)),
  );
}
