import { describe, expect, it } from "vitest";
import { isLoopbackUrl } from "./is-loopback-url";

describe("isLoopbackUrl()", () => {
  it.each([
    "http://localhost:8080",
    "http://LOCALHOST:8080/",
    "http://app.localhost:8080",
    "http://127.0.0.1:8080",
    "https://127.1.2.3",
    "http://[::1]:8080",
  ])("counts %s as this machine", (url) => {
    expect(isLoopbackUrl(url)).toBe(true);
  });

  it.each([
    "http://serving.example.com:8080",
    "http://10.0.0.5:8080",
    "http://localhost.example.com",
    "http://127.0.0.1.example.com",
    "not a url",
  ])("counts %s as another machine", (url) => {
    expect(isLoopbackUrl(url)).toBe(false);
  });
});
