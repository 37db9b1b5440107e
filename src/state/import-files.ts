/** Turning dropped, picked or pasted files into instances. */
import { formatLimit } from "./build-instances";
import { useConnectionStore } from "./connection-store";
import { useFilesStore } from "./files-store";
import { useInstancesStore } from "./instances-store";

/** Returns a message for each file that is refused, and stores the rest as one instance each. */
export async function importFiles(inputName: string, files: readonly File[]): Promise<string[]> {
  const { fileLimitMb, inputs } = useConnectionStore.getState();
  const limit = fileLimitMb * 2 ** 20;
  const wantsImage = inputs.find((d) => d.name === inputName)?.kind === "image";
  const refused: string[] = [];
  const accepted = files.filter((file) => {
    if (wantsImage && !file.type.startsWith("image/")) {
      refused.push(`${file.name} is not an image`);
      return false;
    }
    if (file.size > limit) {
      refused.push(`${file.name} is larger than the ${formatLimit(limit)} limit`);
      return false;
    }
    return true;
  });
  if (accepted.length > 0) {
    const refs = await useFilesStore.getState().addFiles(accepted);
    useInstancesStore.getState().addFiles(inputName, refs);
  }
  return refused;
}
