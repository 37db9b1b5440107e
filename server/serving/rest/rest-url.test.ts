import { describe, expect, it } from "vitest";
import { readRestUrl } from "./rest-url";

describe("readRestUrl()", () => {
  it("reads servable and method, version 0 when absent", () => {
    expect(readRestUrl("/model/add:add_common")).toEqual({
      servable: "add",
      version: 0,
      method: "add_common",
    });
  });

  it("reads a version", () => {
    expect(readRestUrl("/model/resnet50/version/2:classify_top1")).toEqual({
      servable: "resnet50",
      version: 2,
      method: "classify_top1",
    });
  });

  it("takes everything after the first colon as the method, query included, as Serving does", () => {
    expect(readRestUrl("/model/add:add_common?x=1").method).toBe("add_common?x=1");
  });

  it.each([
    ["/predict:add_common", "please check url, the keyword:[model] must contain."],
    ["/model/add", "please check url, the keyword:[service method] must contain."],
    ["/model/add:", "please check url, the keyword:[service method] must contain."],
    [
      "/model/add/version/x:add_common",
      "please check url, the keyword:[version] value invalid, request version number x",
    ],
    [
      "/model/add/version/-1:add_common",
      "please check url, version number range failed, request version number -1",
    ],
    [
      "/model/add/version/4294967295:add_common",
      "please check url, version number range failed, request version number 4294967295",
    ],
  ])("refuses %s with Serving's text", (url, text) => {
    expect(() => readRestUrl(url)).toThrow(text);
  });
});
