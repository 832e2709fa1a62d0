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

const startupLibrary =
  /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|cookie|set-cookie-parser|urql|@urql[\\/]core|wonka|i18next|react-i18next|use-sync-external-store|gql\.tada|@0no-co[\\/]graphql\.web)[\\/]/;

export default defineConfig({
  plugins: [react()],
  server: { port: 5173, strictPort: false, proxy },
  preview: { port: 4173, proxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Each experience (participant, forum, staff) is a React.lazy chunk: see src/App.tsx.
    chunkSizeWarningLimit: 400,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // Only what every page needs at start-up. Libraries used by one experience (recharts
              // and qrcode for staff; <Trans> for pages with links inside sentences) stay out of
              // here, so they load with the pages that use them.
              name: 'vendor',
              test: (id: string) => startupLibrary.test(id) && !/[\\/]react-i18next[\\/].*Trans/.test(id),
            },
          ],
        },
      },
    },
  },
});
