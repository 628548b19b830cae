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
    rollupOptions: {
      // zod's sources carry comments placed where Rollup cannot read them as annotations; Rollup drops
      // them and says so at every build, about code that is not ours and works as is.
      onwarn(warning, warn) {
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/node_modules/')) return;
        warn(warning);
      },
    },
  },
});
