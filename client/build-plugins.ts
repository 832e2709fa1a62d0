import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin, ResolvedConfig } from 'vite';

/** The parts of an output chunk read here (Rollup's and Rolldown's shapes agree on them). */
type OutputChunk = { type: 'chunk'; fileName: string; imports: string[]; isEntry: boolean; facadeModuleId: string | null };
type OutputBundle = Record<string, OutputChunk | { type: 'asset'; fileName: string }>;

/** A built stylesheet's text for a <style> element: it must not be able to end the element early. */
function styleText(path: string): string {
  const css = readFileSync(path, 'utf8').trim();
  if (/<\/style/i.test(css)) throw new Error(`routeShells: ${path} contains </style`);
  return css;
}

/**
 * Writes `<name>.html` next to index.html for a lazily loaded route: the same shell, with
 * `<link rel="modulepreload">` for the route's own chunks, and the page's CSS (the entry's and the
 * route's) in the HTML itself. The server answers the route's pages with it, so a phone fetches
 * index, vendor and the route's chunks at once instead of one after another (index → vendor →
 * SurveyApp → draft, outbox), and can paint what the server wrote into the page (the survey's first
 * screen, server/src/surveys/survey-page.ts) as soon as the HTML arrives, without waiting for a
 * stylesheet.
 */
export function routeShells(routes: Record<string, string>): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'heard-route-shells',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle(_options, output) {
      const bundle = output as unknown as OutputBundle;
      const outDir = config.build.outDir;
      const chunks = Object.values(bundle).filter((o): o is OutputChunk => o.type === 'chunk');
      const byFile = new Map(chunks.map((c) => [c.fileName, c]));
      const closure = (file: string, into = new Set<string>()) => {
        if (into.has(file)) return into;
        into.add(file);
        for (const imported of byFile.get(file)?.imports ?? []) closure(imported, into);
        return into;
      };
      const entry = chunks.find((c) => c.isEntry)!;
      const atStart = closure(entry.fileName);
      const shell = readFileSync(join(outDir, 'index.html'), 'utf8');
      for (const [name, source] of Object.entries(routes)) {
        const chunk = chunks.find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(source));
        if (!chunk) throw new Error(`routeShells: no chunk for ${source}`);
        const files = [...closure(chunk.fileName)].filter((f) => !atStart.has(f));
        const css = files.flatMap((f) => [...((byFile.get(f) as OutputChunk & { viteMetadata?: { importedCss: Set<string> } })?.viteMetadata?.importedCss ?? [])]);
        const links = files.map((f) => `<link rel="modulepreload" crossorigin href="${config.base}${f}">`).join('\n    ');
        // The stylesheets as <style> (a few kB; CSP allows inline styles, not scripts). Each file stays
        // linked, disabled (so neither fetched nor applied): the script that loads a page's chunks
        // skips CSS already linked, so it neither fetches the route's CSS again nor waits for it.
        const entryCss = [...shell.matchAll(/<link rel="stylesheet" crossorigin href="([^"]+)">/g)].map((m) => m[1].slice(config.base.length));
        const styles = [...entryCss, ...css]
          .map((f) => `<style>${styleText(join(outDir, f))}</style>\n    <link rel="stylesheet" disabled crossorigin href="${config.base}${f}">`)
          .join('\n    ');
        const page = shell
          .replace(/\s*<link rel="stylesheet" crossorigin href="[^"]+">/g, '')
          .replace(/(\s*)<title>/, (_, space: string) => `${space}${styles}${space}<title>`)
          .replace('</head>', `  ${links}\n  </head>`);
        writeFileSync(join(outDir, `${name}.html`), page);
      }
    },
  };
}

/**
 * Writes `<file>` into the build: the catalog sections (`app`, `surveys.take`…) that the server
 * needs to write a page's first screen into its shell before any JavaScript has loaded (the server
 * ships client/dist, not the catalogs). One object per language, shaped as the catalogs are.
 */
export function shellWords(file: string, sections: string[]): Plugin {
  let config: ResolvedConfig;
  type Messages = { [key: string]: string | Messages };
  const pick = (catalog: Messages, path: string): Messages => {
    const [head, ...rest] = path.split('.');
    const node = catalog[head];
    if (node === undefined || typeof node === 'string') return node === undefined ? {} : { [head]: node };
    return { [head]: rest.length ? pick(node, rest.join('.')) : node };
  };
  const merge = (a: Messages, b: Messages): Messages => {
    const out: Messages = { ...a };
    for (const [key, value] of Object.entries(b)) out[key] = typeof value === 'object' && typeof out[key] === 'object' ? merge(out[key], value) : value;
    return out;
  };
  return {
    name: 'heard-shell-words',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle() {
      const dir = join(config.root, 'src', 'i18n');
      const words: Record<string, Messages> = {};
      for (const name of readdirSync(dir).filter((f) => /^[a-z]{2}\.json$/.test(f))) {
        const catalog = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Messages;
        words[name.slice(0, 2)] = sections.map((section) => pick(catalog, section)).reduce(merge, {});
      }
      writeFileSync(join(config.build.outDir, file), JSON.stringify(words));
    },
  };
}

const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest|txt)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Brotli (quality 11) and gzip (level 9) copies of every text file in the build, made once here so
 * the server sends them as they are (@fastify/static `preCompressed`) instead of compressing on each
 * request, or not at all. Runs last, after the service worker and route shells are written.
 */
export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'heard-precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      outDir = resolved.build.outDir;
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        let files = 0;
        for (const path of filesUnder(outDir)) {
          if (!COMPRESSIBLE.test(path) || relative(outDir, path).startsWith('.vite')) continue;
          const body = readFileSync(path);
          if (body.length < 1024) continue; // not worth a round of decoding
          writeFileSync(`${path}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }));
          writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
          files++;
        }
        this.info?.(`precompressed ${files} files (br, gz)`);
      },
    },
  };
}

/**
 * The files a child's or family's phone may need offline: the entry with its static imports, each
 * participant page's chunks and CSS, the other languages' start-up catalogs, and the HTML shells.
 * Read from the build manifest (build.manifest in vite.config.ts); staff and forum chunks are left out.
 */
export function participantFiles(outDir: string): Set<string> {
  type Entry = { file: string; imports?: string[]; css?: string[]; isEntry?: boolean; isDynamicEntry?: boolean; src?: string };
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, Entry>;
  const files = new Set<string>(['index.html', 'survey.html']);
  const add = (key: string) => {
    const entry = manifest[key];
    if (!entry || files.has(entry.file)) return;
    files.add(entry.file);
    for (const css of entry.css ?? []) files.add(css);
    for (const imported of entry.imports ?? []) add(imported);
  };
  for (const [key, entry] of Object.entries(manifest)) {
    const participantPage = entry.isDynamicEntry && (key.startsWith('src/features/participate/') || key.startsWith('src/features/access/'));
    const catalog = /^src\/i18n\/[a-z]{2}\.json(\?part=(receipt|event|access|me))?$/.test(key);
    if (entry.isEntry || participantPage || catalog) add(key);
  }
  return files;
}
