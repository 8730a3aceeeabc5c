import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { seedsPlugin } from './src/build/seeds-plugin.ts';

// `base: './'` keeps the built app working from any static host and sub-path:
// the view lives in query parameters, never in path routes.
export default defineConfig({
  base: './',
  plugins: [react(), tailwindcss(), seedsPlugin({ dir: 'seeds' })],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
  server: { host: '127.0.0.1' },
});
