import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Browser tests start Chromium; keep them from competing with each other on a 2-core machine.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
