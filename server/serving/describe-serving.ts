import type { Servable } from "./servable-types";

/** Returns the banner lines: address, then each servable with its versions, methods and notes. */
export function describeServing(address: string, servables: readonly Servable[]): string[] {
  const lines = [`MindSpore Serving stand-in listening on ${address}`];
  for (const servable of servables) {
    const versions = [...servable.versions.keys()];
    const latest = servable.versions.get(Math.max(...versions))!;
    const methods = [...latest.methods.values()].map(
      (m) => `${m.name}(${m.inputs.join(", ")}) -> ${m.outputs.join(", ")}`,
    );
    lines.push(
      `  servable ${servable.name}  versions ${versions.join(", ")}  methods ${methods.join("; ")}`,
    );
    lines.push(...servable.notes.map((note) => `    ${note}`));
  }
  return lines;
}
