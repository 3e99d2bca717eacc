// Webhook signature check (https://developers.line.biz/en/docs/messaging-api/verify-webhook-signature/):
// x-line-signature = Base64(HMAC-SHA256(channel secret, raw request body)). Web Crypto only, so the same
// code runs on Workers and Node; the raw bytes are verified before any JSON parsing.

const encoder = new TextEncoder();

/** Compares two byte arrays in time that depends only on their lengths, never on where they differ. */
export function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/** Strict Base64 decoding; null for anything that is not Base64. */
export function decodeBase64(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return null;
  try {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

export function encodeBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export async function hmacSha256(secret: string, body: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey(
    "raw",
    encoder.encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  return new Uint8Array(await crypto.subtle.sign("HMAC", key, body));
}

/** Base64 signature of `body`, as LINE computes it (used by tests and the fake LINE platform). */
export async function signBody(secret: string, body: Uint8Array<ArrayBuffer>): Promise<string> {
  return encodeBase64(await hmacSha256(secret, body));
}

/** True only when `signature` is the Base64 HMAC-SHA256 of exactly these bytes under `secret`. */
export async function verifySignature(
  secret: string,
  body: Uint8Array<ArrayBuffer>,
  signature: string | undefined,
): Promise<boolean> {
  if (!signature) return false;
  const given = decodeBase64(signature.trim());
  if (!given) return false;
  return timingSafeEqual(given, await hmacSha256(secret, body));
}
