import { type DragEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { PANEL_INTAKE, useIntakeStore } from "../../state/intake-store";

/** What the instances panel needs to take files: drag state, drop handlers, refusal notices. */
export interface FileIntake {
  dragging: boolean;
  notices: readonly string[];
  dismiss(): void;
  takeFiles(files: readonly File[]): void;
  dropHandlers: {
    onDragOver(event: DragEvent): void;
    onDragLeave(event: DragEvent): void;
    onDrop(event: DragEvent): void;
  };
}

const NO_NOTICES: readonly string[] = [];

/** Returns handlers that turn dropped, picked and pasted files into instances of `target`. */
export function useFileIntake(target: string | undefined): FileIntake {
  const { t } = useTranslation("instances");
  const notices = useIntakeStore((s) => s.refusals[PANEL_INTAKE]) ?? NO_NOTICES;
  const [dragging, setDragging] = useState(false);

  const takeFiles = (files: readonly File[]) => {
    if (files.length === 0) {
      return;
    }
    const intake = useIntakeStore.getState();
    if (!target) {
      intake.refuse(PANEL_INTAKE, [t("panel.declareFileInput")]);
      return;
    }
    void intake.importFiles(target, files);
  };
  const takeFilesRef = useRef(takeFiles);
  useEffect(() => {
    takeFilesRef.current = takeFiles;
  });

  // Pasted images arrive on the document wherever focus is.
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const files = Array.from(event.clipboardData?.files ?? []);
      if (files.length > 0) {
        event.preventDefault();
        takeFilesRef.current(files);
      }
    };
    document.addEventListener("paste", onPaste);
    return () => document.removeEventListener("paste", onPaste);
  }, []);

  return {
    dragging,
    notices,
    dismiss: () => useIntakeStore.getState().dismiss(PANEL_INTAKE),
    takeFiles,
    dropHandlers: {
      onDragOver: (event) => {
        if (event.dataTransfer.types.includes("Files")) {
          event.preventDefault();
          event.dataTransfer.dropEffect = "copy";
          setDragging(true);
        }
      },
      onDragLeave: (event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) {
          setDragging(false);
        }
      },
      onDrop: (event) => {
        event.preventDefault();
        setDragging(false);
        takeFiles(Array.from(event.dataTransfer.files));
      },
    },
  };
}
