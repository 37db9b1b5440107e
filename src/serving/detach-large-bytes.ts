/**
 * Moves the large byte values of instances out as Blobs before they go to the encoding worker:
 * posting a Uint8Array copies it on the page's thread (50 MB of photos in one go), where a Blob
 * crosses by reference. The worker reads them back and puts them in place.
 */
import { blobOfBytes } from "./bytes-blob";
import type { Instance, InstanceValue } from "./types";

/** Byte values at least this long travel as Blobs; smaller ones are cheaper to copy. */
export const DETACH_FROM_BYTES = 64 * 1024;

/** A byte value taken out of its instance: where it was and how it was given. */
export interface DetachedBytes {
  instance: number;
  name: string;
  /** true when the value was `{kind: "bytes", value}`, false for a bare Uint8Array. */
  wrapped: boolean;
  blob: Blob;
}

/** Instances with large byte values replaced by empty ones, and those values as Blobs. */
export interface DetachedInstances {
  instances: Instance[];
  single: boolean;
  detached: DetachedBytes[];
}

const EMPTY = new Uint8Array(0);

/** Returns the instances with every byte value of DETACH_FROM_BYTES or more taken out. */
export function detachLargeBytes(instances: Instance | readonly Instance[]): DetachedInstances {
  const single = !Array.isArray(instances);
  const list: readonly Instance[] = single ? [instances as Instance] : (instances as Instance[]);
  const detached: DetachedBytes[] = [];
  const out = list.map((instance, index) => {
    const copy: Instance = { ...instance };
    for (const [name, value] of Object.entries(instance)) {
      const bytes = largeBytesOf(value);
      if (bytes) {
        const wrapped = !(value instanceof Uint8Array);
        detached.push({ instance: index, name, wrapped, blob: blobOfBytes(bytes) });
        copy[name] = wrapped ? { kind: "bytes", value: EMPTY } : EMPTY;
      }
    }
    return copy;
  });
  return { instances: out, single, detached };
}

/** Returns the instances with the detached values read back in place (in the worker). */
export async function attachBytes(job: DetachedInstances): Promise<Instance | Instance[]> {
  const instances = job.instances.map((instance) => ({ ...instance }));
  for (const item of job.detached) {
    const instance = instances[item.instance];
    if (!instance) {
      throw new Error(`detached bytes name instance ${item.instance}, which is not there`);
    }
    const bytes = new Uint8Array(await item.blob.arrayBuffer());
    instance[item.name] = item.wrapped ? { kind: "bytes", value: bytes } : bytes;
  }
  return job.single && instances[0] ? instances[0] : instances;
}

function largeBytesOf(value: InstanceValue): Uint8Array | undefined {
  if (value instanceof Uint8Array) {
    return value.byteLength >= DETACH_FROM_BYTES ? value : undefined;
  }
  if (typeof value === "object" && "kind" in value && value.kind === "bytes") {
    return value.value.byteLength >= DETACH_FROM_BYTES ? value.value : undefined;
  }
  return undefined;
}
