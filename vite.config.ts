import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The same build is loaded from file:// by Electron and from the loopback web host: relative asset paths.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
  },
});
