import type { ReactNode } from "react";

/** A status line saying what is on its way: the fallback of a lazily loaded view. */
export function LoadingLine({ children }: { children: ReactNode }) {
  return <p role="status">{children}</p>;
}
