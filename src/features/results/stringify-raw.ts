/** Returns a value as indented JSON for the raw view: bigint as a decimal string, byte arrays summarized. */
export function stringifyRaw(value: unknown): string {
  const text = JSON.stringify(
    value,
    (_key, item: unknown) => {
      if (typeof item === "bigint") {
        return item.toString();
      }
      if (ArrayBuffer.isView(item)) {
        return `<${item.constructor.name} of ${item.byteLength} bytes>`;
      }
      return item;
    },
    2,
  );
  // JSON.stringify yields undefined for undefined/functions; the raw view still needs text.
  return text ?? "null";
}
