// Where the widget talks to: the script tag's data-endpoint (absolute, or relative to the script), or
// else the origin the script itself came from. Only http(s) is accepted; the result has no trailing slash.

export function resolveEndpoint(scriptSrc: string, dataEndpoint: string | null, pageUrl: string): string {
  const base = new URL(scriptSrc || pageUrl, pageUrl);
  if (dataEndpoint?.trim()) {
    try {
      const url = new URL(dataEndpoint.trim(), base);
      if (url.protocol === "https:" || url.protocol === "http:")
        return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
    } catch {
      // fall through to the script's origin
    }
  }
  return base.origin;
}
