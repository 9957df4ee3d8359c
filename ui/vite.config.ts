/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";

export default defineConfig(({ mode }) => ({
  plugins: [svelte()],
  // Tauri shows its own errors; keep Vite's output readable beside cargo's.
  clearScreen: false,
  server: { port: 5173, strictPort: true },
  build: { outDir: "dist", emptyOutDir: true },
  // Svelte 5 resolves its server build under Node unless told it runs in a browser (jsdom).
  resolve: mode === "test" ? { conditions: ["browser"] } : undefined,
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.ts"],
    setupFiles: ["src/test/setup.ts"],
    // A test that types a sentence into jsdom takes ~1 s alone and 5+ s when the 2-core CI
    // machine also compiles: a time limit there measures the machine, not the component.
    testTimeout: 30_000,
  },
}));
