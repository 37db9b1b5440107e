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

/** The console a browser benchmark drives: its page and its gateway. */
export interface ConsoleFlags {
  url: string;
  gateway: string;
  /** `--dump FILE`: where a tracing script keeps its raw trace; unset when not given. */
  dump?: string;
}

/**
 * Returns `--url URL` and `--gateway URL` (by default the console and gateway `npm start` serves)
 * and each numeric flag named in `numbers`, which holds their defaults; throws on unknown flags
 * or a value that is not a number.
 */
export function parseConsoleFlags<K extends string>(
  numbers: Record<K, number>,
  args = process.argv.slice(2),
): ConsoleFlags & Record<K, number> {
  const names = Object.keys(numbers) as K[];
  const { values } = parseArgs({
    args,
    options: {
      url: { type: "string", default: "http://localhost:4173" },
      gateway: { type: "string", default: "http://localhost:8080" },
      dump: { type: "string" },
      ...Object.fromEntries(names.map((name) => [name, { type: "string" as const }])),
    },
  });
  const read = (name: K): number => {
    const given = (values as Record<string, string | undefined>)[name];
    const value = given === undefined ? numbers[name] : Number(given);
    if (!Number.isFinite(value)) {
      throw new Error(`--${name} takes a number, not "${given}"`);
    }
    return value;
  };
  return {
    ...(Object.fromEntries(names.map((name) => [name, read(name)])) as Record<K, number>),
    url: values.url as string,
    gateway: values.gateway as string,
    ...(typeof values.dump === "string" ? { dump: values.dump } : {}),
  };
}
