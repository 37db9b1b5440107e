import { describe, expect, it } from "vitest";
import { matchRoutePath } from "./route-path";

describe("matchRoutePath()", () => {
  const route = "/mindspore.serving.proto.MSService/Predict";

  it("takes the exact path, with or without a query string, and returns the path alone", () => {
    expect(matchRoutePath(route, route)).toBe(route);
    expect(matchRoutePath(`${route}?a=1`, route)).toBe(route);
  });

  it.each([
    "/mindspore.serving.proto.MSService/Predict/",
    "/mindspore.serving.proto.MSService/./Predict",
    "/mindspore.serving.proto.MSService/%50redict",
    "/a/../mindspore.serving.proto.MSService/Predict",
    "http://localhost/mindspore.serving.proto.MSService/Predict",
    "",
  ])("takes nothing else: %s", (url) => {
    expect(matchRoutePath(url, route)).toBeUndefined();
  });
});
