import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    // Polls wait for the page to catch up with the server; a loaded CI machine can take seconds.
    expect: { poll: { timeout: 15_000, interval: 100 } },
    hookTimeout: 60_000,
    // At most two test files at once (each browser file starts its own Chromium) on a 2-core machine.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
