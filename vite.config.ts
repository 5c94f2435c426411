/**
 * The web app's build. `src/server/web-build.ts` runs `vite build --outDir <tmp>`
 * from the repository root and swaps the result into dist/web; `npm run dev:web`
 * serves it with the API proxied to a server on port 3000.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';

const ROOT = path.dirname(fileURLToPath(import.meta.url));

/** Libraries get named, long-cached chunks of their own; the kit's icons stay one small chunk each. */
const VENDOR_CHUNKS = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
  {
    name: 'kit',
    test: /node_modules[\\/](design-react-kit[\\/](?!dist[\\/]Icon[\\/]assets)|reactstrap|react-bootstrap|react-transition-group|prop-types|classnames|@popperjs|react-popper)/,
  },
  { name: 'data', test: /node_modules[\\/](@tanstack|zod|react-hook-form|@hookform)[\\/]/ },
  { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next|i18next-browser-languagedetector)[\\/]/ },
];

const config = {
  root: path.join(ROOT, 'src/web'),
  base: '/',
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: path.join(ROOT, 'dist/web'),
    emptyOutDir: true,
    assetsDir: 'assets',
    // Fonts and images are files under /assets, never inlined: the CSP allows data: but files cache better.
    assetsInlineLimit: 0,
    rolldownOptions: { output: { codeSplitting: { groups: VENDOR_CHUNKS } } },
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000' },
  },
} satisfies UserConfig;

export default defineConfig(config);
