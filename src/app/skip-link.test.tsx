import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { App } from "./app";

describe("SkipLink", () => {
  it("is the first Tab stop and points at the column that opens with the instances", async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.tab();
    const skip = screen.getByRole("link", { name: "Skip to instances" });
    expect(skip).toHaveFocus();
    const target = document.getElementById(skip.getAttribute("href")?.slice(1) ?? "");
    expect(target).toBe(screen.getByRole("main"));
    expect(target).toHaveAttribute("tabindex", "-1");
    const first = within(screen.getByRole("main")).getAllByRole("region")[0];
    expect(first).toHaveAccessibleName(/^Instances/);
  });
});
