/** Returns the file's bytes; FileReader rather than Blob.arrayBuffer, which older engines lack. */
export function readFileBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("cannot read the file"));
    reader.readAsArrayBuffer(file);
  });
}
