/** An estimate of how many bytes a stored value takes, for the history's size budget. */

/** Returns the approximate stored size of a structured-cloneable value: binary exactly, the rest by its text. */
export function measureBytes(value: unknown): number {
  if (value === null || value === undefined) {
    return 1;
  }
  if (ArrayBuffer.isView(value)) {
    return value.byteLength;
  }
  switch (typeof value) {
    case "string":
      return value.length * 2;
    case "number":
    case "bigint":
      return 8;
    case "boolean":
      return 1;
    case "object": {
      let total = 8;
      if (Array.isArray(value)) {
        for (const item of value) {
          total += measureBytes(item);
        }
        return total;
      }
      for (const [key, item] of Object.entries(value)) {
        total += key.length * 2 + measureBytes(item);
      }
      return total;
    }
    default:
      return 8;
  }
}
