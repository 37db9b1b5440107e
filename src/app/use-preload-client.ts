import { useEffect } from "react";
import { preloadServingClient } from "../state/send-exchange";

/** Fetches the serving client's code once the shell has painted, so Send stays immediate. */
export function usePreloadClient(): void {
  useEffect(() => {
    // A failed preload is not an error yet: the first Send loads the client again and reports it.
    preloadServingClient().catch(() => undefined);
  }, []);
}
