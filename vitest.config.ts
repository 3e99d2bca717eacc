import { defineConfig } from "vitest/config";

// Unit tests sit beside the code (src/**/*.test.ts). Integration suites that need a real runtime live
// in runtime-tests/<runtime>/ and get their own project: node (real HTTP), workers (workerd via
// wrangler), browser (Debian chromium via playwright-core).
export default defineConfig({
  test: {
    projects: [
      {
        test: { name: "unit", include: ["src/**/*.test.ts", "scripts/**/*.test.ts"], environment: "node" },
      },
      {
        test: {
          name: "node",
          include: ["runtime-tests/node/**/*.test.ts", "runtime-tests/line/**/*.test.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "browser",
          include: ["runtime-tests/browser/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: "workers",
          include: ["runtime-tests/workers/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
