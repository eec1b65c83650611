/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The Rust backend serves /graphql and the health probes; in development Vite proxies them
// so the app runs same-origin, exactly as in production where the backend serves dist/.
const backend = 'http://127.0.0.1:8080';
const proxy = {
  '/graphql': backend,
  '/healthz': backend,
  '/readyz': backend,
  '/export': backend,
};

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { proxy },
  preview: { proxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: {
      output: {
        manualChunks: {
          react: ['react', 'react-dom', 'react-router'],
          mantine: ['@mantine/core', '@mantine/hooks', '@mantine/form', '@mantine/notifications'],
          data: ['graphql', '@tanstack/react-query', 'i18next', 'react-i18next'],
          // The generated GraphQL documents (every operation of every feature) in their own chunk.
          documents: ['@/gql'],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    unstubGlobals: true,
  },
});
