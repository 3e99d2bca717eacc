import { describe, expect, it } from "vitest";
import { MemoryStore } from "./memory-store.js";

describe("MemoryStore", () => {
  it("returns what was put until its TTL passes, then null", async () => {
    let now = 1_000;
    const store = new MemoryStore(10, () => now);
    await store.put("a", "1", { expirationTtl: 60 });
    expect(await store.get("a")).toBe("1");
    now += 59_999;
    expect(await store.get("a")).toBe("1");
    now += 1;
    expect(await store.get("a")).toBeNull();
  });

  it("deletes a key", async () => {
    const store = new MemoryStore();
    await store.put("a", "1");
    await store.delete("a");
    expect(await store.get("a")).toBeNull();
  });

  it("evicts the least recently written entries beyond its cap", async () => {
    const store = new MemoryStore(2);
    await store.put("a", "1");
    await store.put("b", "2");
    await store.put("a", "3");
    await store.put("c", "4");
    expect(await store.get("b")).toBeNull();
    expect(await store.get("a")).toBe("3");
    expect(await store.get("c")).toBe("4");
  });
});
