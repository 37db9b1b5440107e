import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildAddModel } from "./add-model";

// Rewrites server/servables/add/1/add.onnx; run with `npx tsx server/serving/onnx/write-add-model.ts`.
writeFileSync(
  fileURLToPath(new URL("../../servables/add/1/add.onnx", import.meta.url)),
  buildAddModel(),
);
