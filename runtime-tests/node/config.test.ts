import { describe, expect, it } from "vitest";
import { startNodeServer } from "../../src/adapters/node/server.js";

describe("start-up configuration", () => {
  it.each([
    ["PORT", "not-a-port"],
    ["CLINIC_PHONE", "call us"],
    ["ALLOWED_ORIGINS", "not a url"],
    ["LINE_API_BASE_URL", "ftp://example.com"],
    ["NODE_WORKERS", "0"],
  ])("refuses to start with a bad %s and names it", async (name, value) => {
    await expect(startNodeServer({ port: 0, env: { [name]: value } })).rejects.toThrow(name);
  });
});
