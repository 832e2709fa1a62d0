import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API runs on its own port in development; the browser only ever talks to this origin,
// so session cookies stay same-site and no page makes a third-party request.
const api = process.env.HEARD_API_URL ?? 'http://localhost:4000';
const proxy = {
  '/graphql': { target: api, changeOrigin: false },
  '/healthz': { target: api, changeOrigin: false },
  '/readyz': { target: api, changeOrigin: false },
};

// What every page needs at start-up. Routing and translation are our own code
// (src/components/router.tsx, src/i18n/i18n.ts), so they are not here.
const startupLibrary =
  /node_modules[\\/](react|react-dom|scheduler|urql|@urql[\\/]core|wonka|gql\.tada|@0no-co[\\/]graphql\.web)[\\/]/;

export default defineConfig({
  plugins: [react()],
  server: { port: 5173, strictPort: false, proxy },
  preview: { port: 4173, proxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json: which chunks each entry and lazy page loads, for
    // scripts/bundle-size.mjs (the participant route's JavaScript budget).
    manifest: true,
    target: 'es2022',
    // Each experience (participant, forum, staff) is a React.lazy chunk: see src/App.tsx.
    chunkSizeWarningLimit: 400,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // Only what every page needs at start-up. Libraries used by one experience (recharts
              // and qrcode for staff) stay out of here, so they load with the pages that use them.
              name: 'vendor',
              test: (id: string) => startupLibrary.test(id),
            },
          ],
        },
      },
    },
  },
});
