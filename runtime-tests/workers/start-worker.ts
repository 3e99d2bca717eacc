// Starts the real Worker bundle in workerd (wrangler's dev runtime), on a free local port, for tests.
import { unstable_startWorker } from "wrangler";

export interface StartedWorker {
  url: string;
  fetch(path: string, init?: RequestInit): Promise<Response>;
  dispose(): Promise<void>;
}

/** `vars` override wrangler.toml [vars] (and stand in for secrets such as LINE_CHANNEL_SECRET). */
export async function startWorker(vars: Record<string, string> = {}): Promise<StartedWorker> {
  const bindings = Object.fromEntries(
    Object.entries(vars).map(([name, value]) => [name, { type: "plain_text" as const, value }]),
  );
  const worker = await unstable_startWorker({
    config: "wrangler.toml",
    bindings,
    dev: {
      server: { hostname: "127.0.0.1", port: 0 },
      inspector: false,
      persist: false,
      watch: false,
      logLevel: "warn",
    },
  });
  const url = (await worker.url).toString().replace(/\/$/, "");
  return {
    url,
    fetch: (path, init) => fetch(`${url}${path}`, init),
    dispose: () => worker.dispose(),
  };
}
