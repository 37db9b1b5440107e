import { describe, expect, it } from "vitest";
import { parseGrpcWebContentType, replyContentType } from "./content-type";

describe("parseGrpcWebContentType()", () => {
  it.each([
    ["application/grpc-web", "binary"],
    ["application/grpc-web+proto", "binary"],
    ["Application/GRPC-Web+proto; charset=utf-8", "binary"],
    ["application/grpc-web-text", "text"],
    ["application/grpc-web-text+proto", "text"],
    ["application/grpc", undefined],
    ["application/grpc-web+json", undefined],
    ["application/json", undefined],
    [undefined, undefined],
  ])("%s → %s", (value, mode) => {
    expect(parseGrpcWebContentType(value)).toBe(mode);
  });
});

describe("replyContentType()", () => {
  it("answers in the request's mode", () => {
    expect(replyContentType("binary")).toBe("application/grpc-web+proto");
    expect(replyContentType("text")).toBe("application/grpc-web-text+proto");
  });
});
