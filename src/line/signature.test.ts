import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decodeBase64, signBody, timingSafeEqual, verifySignature } from "./signature.js";

const secret = "test-channel-secret";
const body = new TextEncoder().encode(
  '{"destination":"U0","events":[{"type":"message","text":"こんにちは"}]}',
);
// An independent implementation (node:crypto) so the test does not check Web Crypto against itself.
const expected = createHmac("sha256", secret).update(body).digest("base64");

describe("verifySignature", () => {
  it("accepts the signature LINE would compute over the raw bytes", async () => {
    expect(await verifySignature(secret, body, expected)).toBe(true);
  });

  it("produces the same Base64 signature as node:crypto", async () => {
    expect(await signBody(secret, body)).toBe(expected);
  });

  it.each([
    ["a missing header", undefined],
    ["an empty header", ""],
    ["a signature that is not Base64", "not base64!"],
    ["a signature of the wrong length", Buffer.from("short").toString("base64")],
    ["a signature made with another secret", createHmac("sha256", "other").update(body).digest("base64")],
  ])("rejects %s", async (_name, signature) => {
    expect(await verifySignature(secret, body, signature)).toBe(false);
  });

  it("rejects a body tampered with by a single byte", async () => {
    const tampered = body.slice();
    tampered[tampered.length - 3] = (tampered[tampered.length - 3] ?? 0) ^ 1;
    expect(await verifySignature(secret, tampered, expected)).toBe(false);
  });

  it("rejects the same JSON re-serialized with different whitespace", async () => {
    const reserialized = new TextEncoder().encode(
      JSON.stringify(JSON.parse(new TextDecoder().decode(body)), null, 1),
    );
    expect(await verifySignature(secret, reserialized, expected)).toBe(false);
  });
});

describe("timingSafeEqual", () => {
  it.each([
    [[1, 2, 3], [1, 2, 3], true],
    [[1, 2, 3], [1, 2, 4], false],
    [[9, 2, 3], [1, 2, 3], false],
    [[1, 2], [1, 2, 3], false],
    [[], [], true],
  ])("compares %j with %j as %s", (a, b, equal) => {
    expect(timingSafeEqual(Uint8Array.from(a), Uint8Array.from(b))).toBe(equal);
  });

  it("looks at every byte instead of stopping at the first difference", () => {
    // Count index reads through a Proxy: an early-exit comparison would read fewer bytes.
    const reads = (a: Uint8Array, b: Uint8Array) => {
      let count = 0;
      const spy = new Proxy(a, {
        get(target, prop) {
          if (typeof prop === "string" && /^\d+$/.test(prop)) count++;
          const value = Reflect.get(target, prop, target);
          return typeof value === "function" ? value.bind(target) : value;
        },
      });
      timingSafeEqual(spy, b);
      return count;
    };
    const a = new Uint8Array(32).fill(7);
    const differsFirst = new Uint8Array(32).fill(7);
    differsFirst[0] = 0;
    expect(reads(a, differsFirst)).toBe(reads(a, a.slice()));
    expect(reads(a, differsFirst)).toBe(32);
  });
});

describe("decodeBase64", () => {
  it("decodes valid Base64 and refuses other text", () => {
    expect(Array.from(decodeBase64("AQID") ?? [])).toEqual([1, 2, 3]);
    expect(decodeBase64("AQI")).toBeNull();
    expect(decodeBase64("A*ID")).toBeNull();
  });
});
