import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const GENERATED = "generated";

const stampPath = (name: string) => join(GENERATED, `.${name}.inputs`);

/** The inputs' hash recorded by the last successful build of `name`, if any. */
export function readInputsHash(name: string): string | null {
  const path = stampPath(name);
  return existsSync(path) ? readFileSync(path, "utf8").trim() : null;
}

export function writeInputsHash(name: string, hash: string): void {
  writeFileSync(stampPath(name), `${hash}\n`);
}
