import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// A relative base makes the built site work from any sub-path of any static host.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false },
  worker: { format: 'es' },
});
