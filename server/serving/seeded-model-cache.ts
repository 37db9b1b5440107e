import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSeededResnet50 } from "./onnx/resnet50-model";

/** The repository's own cache folder for models the server builds (.cache/ is not committed). */
export const DEFAULT_MODEL_CACHE = fileURLToPath(new URL("../../.cache/serving", import.meta.url));

const SEED = 50;
const CLASSES = 1001;

/**
 * Returns the path of the seeded ResNet-50 (1001 classes) in `cacheDir`, building and writing it first
 * when it is not there yet. The file name carries seed and class count, so a cached file is always current.
 */
export async function ensureSeededResnet50(
  cacheDir: string,
): Promise<{ path: string; built: boolean }> {
  const path = join(cacheDir, `resnet50-v1.5-seed${SEED}-${CLASSES}.onnx`);
  if (existsSync(path)) {
    return { path, built: false };
  }
  await mkdir(cacheDir, { recursive: true });
  // Write then rename, so servers starting at the same time never read a half-written model.
  const partial = `${path}.${randomUUID()}.partial`;
  await writeFile(partial, buildSeededResnet50(SEED, CLASSES));
  await rename(partial, path);
  return { path, built: true };
}
