import { defineConfig } from 'vitest/config';

/** One IIFE script per entry: `vite build` makes the widget, `vite build --mode console` the agent console. */
const entries = {
  widget: { entry: 'widget/index.ts', file: 'widget.js' },
  console: { entry: 'console/index.tsx', file: 'console.js' },
} as const;

export default defineConfig(({ mode }) => {
  const target = mode === 'console' ? entries.console : entries.widget;
  return {
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: 'dist',
      // The widget build runs first and clears dist; the console build adds beside it.
      emptyOutDir: mode !== 'console',
      target: 'es2020',
      // ASCII-only output: a host page without <meta charset> must not garble the widget's text.
      rolldownOptions: { output: { charset: 'ascii' } },
      lib: { entry: target.entry, formats: ['iife'], name: mode === 'console' ? 'BatonConsole' : 'BatonWidget', fileName: () => target.file },
    },
    test: {
      include: ['tests/**/*.test.{ts,tsx}'],
      // Browser tests are heavy: on a 2-core machine run test files one at a time.
      fileParallelism: false,
      testTimeout: 20_000,
      hookTimeout: 30_000,
    },
  };
});
