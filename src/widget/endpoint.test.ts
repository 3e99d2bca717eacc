import { describe, expect, it } from "vitest";
import { resolveEndpoint } from "./endpoint.js";

describe("resolveEndpoint", () => {
  it.each([
    {
      name: "defaults to the script's own origin",
      src: "https://bot.example/widget.js",
      data: null,
      expected: "https://bot.example",
    },
    {
      name: "uses an absolute data-endpoint",
      src: "https://cdn.example/widget.js",
      data: "https://bot.example/",
      expected: "https://bot.example",
    },
    {
      name: "keeps a path prefix without the trailing slash",
      src: "https://cdn.example/widget.js",
      data: "https://bot.example/clinic/",
      expected: "https://bot.example/clinic",
    },
    {
      name: "resolves a relative data-endpoint against the script",
      src: "https://bot.example/static/widget.js",
      data: "/chat",
      expected: "https://bot.example/chat",
    },
    {
      name: "ignores a javascript: endpoint",
      src: "https://bot.example/widget.js",
      data: "javascript:alert(1)",
      expected: "https://bot.example",
    },
    {
      name: "ignores a blank endpoint",
      src: "https://bot.example/widget.js",
      data: "  ",
      expected: "https://bot.example",
    },
    {
      name: "falls back to the page when the script has no src",
      src: "",
      data: null,
      expected: "https://clinic.example",
    },
  ])("$name", ({ src, data, expected }) => {
    expect(resolveEndpoint(src, data, "https://clinic.example/page")).toBe(expected);
  });
});
