import { mountWidget } from "./chat-widget.js";
import { resolveEndpoint } from "./endpoint.js";

// Entry point of widget.js. A clinic adds one tag to any page:
//   <script src="https://…/widget.js" data-endpoint="https://…" defer></script>
// The widget mounts once into a shadow root on a custom element appended to <body>.

const HOST_TAG = "isaacs-chat";

function start(script: HTMLScriptElement | null): void {
  if (document.querySelector(HOST_TAG)) return; // the tag was included twice
  const endpoint = resolveEndpoint(
    script?.src ?? "",
    script?.getAttribute("data-endpoint") ?? null,
    location.href,
  );
  const host = document.createElement(HOST_TAG);
  document.body.appendChild(host);
  mountWidget({ endpoint, host });
}

// currentScript is only set while this (classic, possibly deferred) script runs, so read it now.
const script =
  (document.currentScript as HTMLScriptElement | null) ??
  document.querySelector<HTMLScriptElement>('script[src*="widget.js"]');
if (document.body) start(script);
else document.addEventListener("DOMContentLoaded", () => start(script), { once: true });
