/** Turning dropped, picked or pasted files into instances. */
import { describeOversizeFile } from "../draft/build-instances";
import { convertMegabytesToBytes } from "../draft/format-byte-size";
import { useConnectionStore } from "./connection-store";
import { useFilesStore } from "./files-store";
import { useInstancesStore } from "./instances-store";

/** Returns a message for each file that is refused, and stores the rest as one instance each. */
export async function importFiles(inputName: string, files: readonly File[]): Promise<string[]> {
  const wantsImage =
    useConnectionStore.getState().inputs.find((d) => d.name === inputName)?.kind === "image";
  const { accepted, refused } = screenFiles(files, wantsImage);
  if (accepted.length > 0) {
    const refs = await useFilesStore.getState().addFiles(accepted);
    useInstancesStore.getState().addFiles(inputName, refs, useConnectionStore.getState().inputs);
    useFilesStore.getState().release(refs.map((r) => r.id));
  }
  return refused;
}

/** Puts one file into one instance's bytes or image input; returns the refusal message, if any. */
export async function attachFile(
  instanceId: string,
  inputName: string,
  kind: "bytes" | "image",
  file: File,
): Promise<string | undefined> {
  const { accepted, refused } = screenFiles([file], kind === "image");
  if (accepted.length === 0) {
    return refused[0];
  }
  const refs = await useFilesStore.getState().addFiles(accepted);
  for (const ref of refs) {
    useInstancesStore.getState().setValue(instanceId, inputName, { kind, file: ref });
  }
  useFilesStore.getState().release(refs.map((r) => r.id));
  return undefined;
}

function screenFiles(
  files: readonly File[],
  wantsImage: boolean,
): { accepted: File[]; refused: string[] } {
  const limit = convertMegabytesToBytes(useConnectionStore.getState().fileLimitMb);
  const refused: string[] = [];
  const accepted = files.filter((file) => {
    if (wantsImage && !file.type.startsWith("image/")) {
      refused.push(`${file.name} is not an image`);
      return false;
    }
    if (file.size > limit) {
      refused.push(describeOversizeFile(file.name, limit));
      return false;
    }
    return true;
  });
  return { accepted, refused };
}
