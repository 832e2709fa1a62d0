import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { participantFiles, precompress, routeShells, shellWords } from './build-plugins.ts';
import { partOf } from './src/i18n/sections.ts';

/**
 * One catalog file per language (src/i18n/<lang>.json), split at build time: importing
 * `./en.json` gives the sections every page may need, and `./en.json?part=staff` the sections of
 * one area (src/i18n/sections.ts), loaded with that area. Children's pages stay small however much
 * staff or forum wording there is.
 */
function catalogParts(): Plugin {
  const catalog = /[\\/]src[\\/]i18n[\\/][a-z]{2}\.json$/;
  return {
    name: 'heard-catalog-parts',
    enforce: 'pre',
    load(id) {
      const [path, query = ''] = id.split('?');
      if (!catalog.test(path)) return null;
      const params = new URLSearchParams(query);
      // ?raw, ?url and the like are someone else's; dev-server cache busters (?t=, ?import) are not.
      if ([...params.keys()].some((key) => !['part', 't', 'import'].includes(key))) return null;
      const part = params.get('part') ?? undefined;
      this.addWatchFile(path);
      const all = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
      const json = JSON.stringify(Object.fromEntries(Object.entries(all).filter(([section]) => partOf(section) === part)));
      // With a query the id no longer ends in .json, so a part is handed over as a module.
      return part ? { code: `export default ${json};`, moduleType: 'js' } : json;
    },
  };
}

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
  plugins: [
    react(),
    catalogParts(),
    // dist/survey.html: the shell for /s/:code with the survey page's chunks preloaded (server/src/app.ts).
    routeShells({ survey: 'src/features/participate/SurveyApp.tsx' }),
    // The words the server writes a survey's first screen with into survey.html (server/src/surveys/survey-page.ts).
    shellWords('survey-words.json', ['app', 'language', 'surveys.take']),
    VitePWA({
      // Workbox writes the service worker from this configuration; a small deferred script registers it.
      strategies: 'generateSW',
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
      manifest: {
        name: 'Heard',
        short_name: 'Heard',
        description: 'Say what you think about the services for children, young people and families.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#4c2c92',
        icons: [
          { src: '/icons/heard-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/heard-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/heard-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Only the participant shell is precached: staff and forum code never lands on a child's phone.
        globPatterns: ['**/*.{js,css,html}'],
        manifestTransforms: [async (entries) => ({ manifest: entries.filter((e) => participantFiles('dist').has(e.url.replace(/^\//, ''))), warnings: [] })],
        // No catch-all fallback: staff pages are never served from a cache.
        navigateFallback: null,
        cleanupOutdatedCaches: true,
        runtimeCaching: [
          {
            // A participant page opened once opens again without signal (the shell; its data is kept by the page).
            urlPattern: ({ request, url }) => request.mode === 'navigate' && /^\/(s\/|e\/|me(\/|$)|receipt(\/|$)|join(\/|$)|$)/.test(url.pathname),
            handler: 'NetworkFirst',
            options: { cacheName: 'heard-pages', networkTimeoutSeconds: 4, expiration: { maxEntries: 30 } },
          },
          {
            // Answers sent from the outbox (components/outbox.ts marks them): when there is no signal the
            // service worker keeps the request and replays it through Background Sync; the page's outbox
            // also retries on reconnect, and the server stores one response per clientSubmissionId.
            urlPattern: ({ url }) => url.pathname === '/graphql' && url.searchParams.get('outbox') === '1',
            method: 'POST',
            handler: 'NetworkOnly',
            options: { backgroundSync: { name: 'heard-outbox', options: { maxRetentionTime: 7 * 24 * 60 } } },
          },
        ],
      },
    }),
    precompress(),
  ],
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
