import { useEffect, useId, useRef, useState } from "react";
import { useRunsStore } from "../../state/runs-store";
import { ConnectionForm } from "./connection-form";
import { ConnectionSummary } from "./connection-summary";
import "./connection.css";

/**
 * The connection as the app shows it: the whole form until the connection is set (a reply came
 * back, or the user confirmed a linked gateway), then a one-line summary that opens the form again.
 */
export function ConnectionPanel() {
  const exchange = useRunsStore((s) => s.exchange);
  const [gatewayConfirmed, setGatewayConfirmed] = useState(false);
  // What last set the connection; a new one collapses the form again even after an edit.
  const setBy = exchange?.result.ok ? exchange : gatewayConfirmed ? "gateway" : undefined;
  const [openedFor, setOpenedFor] = useState<unknown>();
  const collapsed = setBy !== undefined && openedFor !== setBy;
  const headingId = useId();
  // Focus follows the toggle, so keyboard users stay where they were.
  const focusAfterToggle = useRef(false);
  const sectionRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!focusAfterToggle.current) {
      return;
    }
    focusAfterToggle.current = false;
    const target = collapsed
      ? sectionRef.current?.querySelector<HTMLElement>(".connection-summary button")
      : sectionRef.current?.querySelector<HTMLElement>("select, input");
    target?.focus();
  }, [collapsed]);
  return (
    <section
      ref={sectionRef}
      className={collapsed ? "connection connection-collapsed" : "connection"}
      aria-labelledby={headingId}
    >
      {collapsed ? (
        <ConnectionSummary
          headingId={headingId}
          onEdit={() => {
            focusAfterToggle.current = true;
            setOpenedFor(setBy);
          }}
        />
      ) : (
        <ConnectionForm
          headingId={headingId}
          onGatewayConfirmed={() => {
            // The banner's button goes away with the form; focus lands on "Edit connection".
            focusAfterToggle.current = true;
            setGatewayConfirmed(true);
          }}
          onCollapse={
            setBy === undefined
              ? undefined
              : () => {
                  focusAfterToggle.current = true;
                  setOpenedFor(undefined);
                }
          }
        />
      )}
    </section>
  );
}
