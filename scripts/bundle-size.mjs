// How much JavaScript each route makes a browser download, gzipped, from the client that is already
// built (it builds nothing: run `npm run build -w client` first). A route loads the entry
// (index.html's script), everything it imports statically, and the lazily loaded page or
// experience chunk for that route with its own static imports. Language catalogs other than
// English load only when chosen, so they are listed apart.
//
//   node scripts/bundle-size.mjs          prints the table; exits 1 if a participant route is over
//                                          budget or loads staff code
//   import { participantJsGzipKb } from './scripts/bundle-size.mjs'   (the benchmark)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = join(root, 'client', 'dist');

/** Children's and families' pages must stay within this on a phone (kB of gzipped JavaScript). */
export const PARTICIPANT_BUDGET_KB = 100;

/**
 * The lazily loaded chunk (by source path, as in the manifest) behind each route. Any other lazy
 * chunk under src/features/participate/ (a survey page for /s/:code, say) is measured as a
 * participant route too, so new pages are counted without editing this list.
 */
const ROUTES = [
  { route: '/', audience: 'participant', chunk: 'src/features/access/WelcomePage.tsx', parts: ['access'] },
  { route: '/join', audience: 'participant', chunk: 'src/features/access/JoinPage.tsx', parts: ['access'] },
  { route: '/me', audience: 'participant', chunk: 'src/features/participate/ParticipantApp.tsx', parts: ['me'] },
  { route: '/sign-in', audience: 'public', chunk: 'src/features/access/SignInPage.tsx', parts: ['access'] },
  { route: '/e/:code', audience: 'participant', chunk: 'src/features/participate/EventFeedbackPage.tsx', parts: ['event'] },
  { route: '/receipt', audience: 'participant', chunk: 'src/features/participate/ReceiptPage.tsx', parts: ['receipt'] },
  { route: '/s/:code', audience: 'participant', chunk: 'src/features/participate/SurveyApp.tsx' },
  // The receipt screen of /s/:code loads once the answers are sent, with the wording for keeping the code.
  { route: '/s/ receipt', audience: 'participant', chunk: 'src/features/participate/ReceiptView.tsx', parts: ['me'] },
  // `parts`: the English catalog parts loaded with the page or area (client/src/i18n/sections.ts).
  { route: '/forum', audience: 'forum', chunk: 'src/features/forum/ForumApp.tsx', parts: ['forum'] },
  { route: '/staff', audience: 'staff', chunk: 'src/features/staff/StaffApp.tsx', parts: ['staff'] },
];
const PARTICIPANT_FEATURES = 'src/features/participate/';
const STAFF_FEATURES = 'src/features/staff/';

function readManifest(dist) {
  const path = join(dist, '.vite', 'manifest.json');
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: build the client first (npm run build -w client; vite.config.ts sets build.manifest)`);
  }
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Manifest keys of a chunk and everything it imports statically (what loads with it). */
function staticClosure(manifest, key, into = new Set()) {
  if (into.has(key)) return into;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the client manifest (renamed? update scripts/bundle-size.mjs)`);
  into.add(key);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, into);
  return into;
}

function gzipKb(dist, manifest, keys, cache) {
  let bytes = 0;
  for (const key of keys) {
    const file = manifest[key].file;
    if (!file.endsWith('.js')) continue;
    if (!cache.has(file)) cache.set(file, gzipSync(readFileSync(join(dist, file))).length);
    bytes += cache.get(file);
  }
  return bytes / 1000; // kB, as Vite reports sizes
}

/**
 * Every route's JavaScript: `{ route, audience, chunk, kb, files, staffChunks }`, plus the
 * catalogs of other languages. `staffChunks` lists staff feature chunks a route would load (none
 * may, except the staff route itself).
 */
export function routeReport(dist = DIST) {
  const manifest = readManifest(dist);
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entryKey) throw new Error('No entry in the client manifest');
  const entry = staticClosure(manifest, entryKey);
  const cache = new Map();

  const routes = [...ROUTES];
  for (const [key, chunk] of Object.entries(manifest)) {
    if (chunk.isDynamicEntry && key.startsWith(PARTICIPANT_FEATURES) && !routes.some((r) => r.chunk === key)) {
      routes.push({ route: `(${key.slice(PARTICIPANT_FEATURES.length)})`, audience: 'participant', chunk: key });
    }
  }

  const measured = routes.map((r) => {
    const keys = staticClosure(manifest, r.chunk, new Set(entry));
    for (const part of r.parts ?? []) staticClosure(manifest, `src/i18n/en.json?part=${part}`, keys);
    return {
      ...r,
      kb: gzipKb(dist, manifest, keys, cache),
      files: [...keys].map((k) => manifest[k].file).filter((f) => f.endsWith('.js')),
      staffChunks: [...keys].filter((k) => k.startsWith(STAFF_FEATURES)),
    };
  });
  const catalogs = Object.entries(manifest)
    .filter(([key]) => /src\/i18n\/\w+\.json$/.test(key))
    .map(([key]) => ({ catalog: key.replace(/^.*\//, ''), kb: gzipKb(dist, manifest, [key], cache) }));
  return { entry: gzipKb(dist, manifest, entry, cache), routes: measured, catalogs };
}

/** The heaviest participant route's gzipped JavaScript in kB (budget: PARTICIPANT_BUDGET_KB). */
export function participantJsGzipKb(dist = DIST) {
  return Math.max(...routeReport(dist).routes.filter((r) => r.audience === 'participant').map((r) => r.kb));
}

/** The staff route's gzipped JavaScript in kB. */
export function staffJsGzipKb(dist = DIST) {
  return routeReport(dist).routes.find((r) => r.route === '/staff').kb;
}

function main() {
  const report = routeReport();
  const fmt = (kb) => `${kb.toFixed(2).padStart(7)} kB`;
  console.log(`JavaScript per route, gzip (client/dist)\n`);
  console.log(`  entry + static imports (every route) ${fmt(report.entry)}`);
  for (const r of report.routes) {
    console.log(`  ${r.route.padEnd(14)} ${r.audience.padEnd(12)} ${fmt(r.kb)}   ${r.files.length} files`);
  }
  for (const c of report.catalogs) console.log(`  + ${c.catalog.padEnd(12)} catalog, when chosen ${fmt(c.kb)}`);

  const participant = report.routes.filter((r) => r.audience === 'participant');
  const heaviest = participant.reduce((a, b) => (b.kb > a.kb ? b : a));
  const staff = report.routes.find((r) => r.route === '/staff');
  console.log(`\nparticipant (heaviest: ${heaviest.route}) ${heaviest.kb.toFixed(2)} kB of ${PARTICIPANT_BUDGET_KB} kB budget`);
  console.log(`staff (/staff) ${staff.kb.toFixed(2)} kB`);

  let ok = heaviest.kb <= PARTICIPANT_BUDGET_KB;
  if (!ok) console.error(`\nOver budget: ${heaviest.route} loads ${heaviest.kb.toFixed(2)} kB`);
  for (const r of participant.filter((p) => p.staffChunks.length)) {
    ok = false;
    console.error(`\n${r.route} loads staff code: ${r.staffChunks.join(', ')}`);
  }
  process.exitCode = ok ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
