import { parseArgs } from "node:util";

/** Command-line settings every benchmark accepts. */
export interface BenchFlags {
  resnet50Model?: string;
  rounds: number;
}

/** Returns `--resnet50-model FILE` and `--rounds N` from argv; throws on unknown flags or a bad N. */
export function parseBenchFlags(defaultRounds: number, args = process.argv.slice(2)): BenchFlags {
  // Both benchmarks take the same flags so `npm run bench -- all …` can pass them to each.
  const { values } = parseArgs({
    args,
    options: { "resnet50-model": { type: "string" }, rounds: { type: "string" } },
  });
  const rounds = values.rounds === undefined ? defaultRounds : Number(values.rounds);
  if (!Number.isInteger(rounds) || rounds < 1) {
    throw new Error(`--rounds takes a whole number of at least 1, not "${values.rounds}"`);
  }
  return { resnet50Model: values["resnet50-model"], rounds };
}
