import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { initialCompareVersions, useCompareVersionsStore } from "../../state/compare-versions";
import { CompareVersionsForm } from "./compare-versions-form";

beforeEach(() => {
  localStorage.clear();
  useCompareVersionsStore.setState(initialCompareVersions());
});

describe("CompareVersionsForm", { timeout: 30_000 }, () => {
  it("names its fields and refuses the same version twice, from the keyboard, keeping what was typed", async () => {
    render(<CompareVersionsForm />);
    expect(
      screen.getByRole("group", { name: "Run this draft on two versions" }),
    ).toBeInTheDocument();
    await userEvent.tab();
    expect(screen.getByRole("textbox", { name: "Version A" })).toHaveFocus();
    await userEvent.keyboard("3");
    await userEvent.tab();
    await userEvent.keyboard("3{Enter}");
    expect(screen.getByText(/Version A and version B must differ/)).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Version B" })).toHaveAttribute(
      "aria-invalid",
      "true",
    );
    expect(useCompareVersionsStore.getState()).toMatchObject({ versionA: "3", versionB: "3" });
    expect(localStorage.getItem("serving-console.compare-versions")).toContain('"versionB":"3"');
  });

  it("explains a version that is not a positive whole number", async () => {
    render(<CompareVersionsForm />);
    await userEvent.type(screen.getByRole("textbox", { name: "Version A" }), "1.5");
    await userEvent.click(screen.getByRole("button", { name: "Run on both versions" }));
    expect(screen.getByText(/Version A must be a positive whole number/)).toBeInTheDocument();
  });
});
