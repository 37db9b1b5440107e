import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildMatrixAddModel } from "./matrix-add-model";

// Rewrites server/servables/matrix_add/1/add.onnx; run with `npx tsx server/serving/onnx/write-matrix-add-model.ts`.
const folder = new URL("../../servables/matrix_add/1/", import.meta.url);
mkdirSync(fileURLToPath(folder), { recursive: true });
writeFileSync(fileURLToPath(new URL("add.onnx", folder)), buildMatrixAddModel());
