// Builds the Outlook add-in into dist/addin (core, CLI and companion are built by tsc):
//  - onsend.js: the Smart Alerts handler as ONE self-contained file (no chunks, no React, no DOM) for
//    classic Outlook's JavaScript-only runtime, plus onsend.html that loads it elsewhere;
//  - the task pane (React + Fluent UI v9), heavy parts (PDF extraction) in lazy chunks;
//  - manifest.xml, its Block variant manifest.block.xml, and the icons.
// TypeScript goes through swc-loader: @swc/core is already what Jest uses, it strips types without
// depending on the TypeScript compiler's API (ts-loader follows TypeScript's release cadence; here
// TypeScript 6), and type checking stays with `npm run typecheck`.
// `--env outDir=…` builds elsewhere (the bundle tests); `--env only=onsend,taskpane` builds some parts.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import webpack from 'webpack';
import { blockVariant } from './src/addin/build/manifest-variant.js';
import { PLAYGROUND_HTML } from './src/playground/playground-page.js';

const root = dirname(fileURLToPath(import.meta.url));
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

const swcRule = (target) => ({
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: 'swc-loader',
    options: { jsc: { parser: { syntax: 'typescript', tsx: true }, target, transform: { react: { runtime: 'automatic' } } } },
  },
});

/** Emits static files (pages, manifests, icons) next to the bundles. */
class StaticFilesPlugin {
  constructor(files) {
    this.files = files;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('StaticFilesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'StaticFilesPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        for (const [name, content] of Object.entries(this.files())) compilation.emitAsset(name, new webpack.sources.RawSource(content));
      });
    });
  }
}

const page = (title, scripts) => `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${scripts.map((src) => `<script src="${src}"></script>`).join('\n')}
</head>
<body><div id="root"></div></body>
</html>
`;

const common = (outDir, mode) => ({
  mode,
  context: root,
  devtool: mode === 'production' ? false : 'source-map',
  resolve: { extensions: ['.ts', '.tsx', '.js'], extensionAlias: { '.js': ['.ts', '.tsx', '.js'] } },
  output: { path: outDir, clean: false },
  performance: { hints: false }, // budgets are enforced by test/unit/addin/bundles.test.ts, gzipped
});

function onsendConfig(outDir, mode) {
  return {
    ...common(outDir, mode),
    name: 'onsend',
    target: ['web', 'es2019'],
    // The codecs go first: core creates a TextEncoder as it loads.
    entry: { onsend: ['./src/addin/onsend/install-text-codecs.ts', './src/addin/onsend/index.ts'] },
    output: { ...common(outDir, mode).output, filename: '[name].js', iife: true },
    module: { rules: [swcRule('es2019')] },
    plugins: [
      // One file: core's lazily imported extractors (OOXML/ODF, attached messages) are inlined...
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
      // ...except PDF, which would be several times the budget: on send a PDF is uninspectable.
      new webpack.NormalModuleReplacementPlugin(/^\.\/pdf\.js$/, (resource) => {
        if (/classify[\\/]extract$/.test(resource.context)) resource.request = join(root, 'src/addin/onsend/pdf-unavailable.ts');
      }),
      new StaticFilesPlugin(() => {
        const manifest = readFileSync(join(root, 'manifest.xml'), 'utf8');
        const files = {
          'onsend.html': page('Kuvert', [OFFICE_JS, 'onsend.js']),
          'manifest.xml': manifest,
          'manifest.block.xml': blockVariant(manifest),
        };
        for (const size of [16, 32, 64, 80, 128]) files[`assets/icon-${size}.png`] = readFileSync(join(root, 'assets', `icon-${size}.png`));
        return files;
      }),
    ],
  };
}

/**
 * Writes `<entry>.html` with office.js and exactly the entry's initial chunks, and the list of those
 * chunks as `<entry>-initial.json` (what the bundle budget counts).
 */
class PaneHtmlPlugin {
  constructor(entry) {
    this.entry = entry;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('PaneHtmlPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'PaneHtmlPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, () => {
        const files = [...compilation.entrypoints.get(this.entry).getFiles()].filter((f) => f.endsWith('.js'));
        compilation.emitAsset(`${this.entry}.html`, new webpack.sources.RawSource(page('Kuvert', [OFFICE_JS, ...files])));
        compilation.emitAsset(`${this.entry}-initial.json`, new webpack.sources.RawSource(JSON.stringify(files)));
      });
    });
  }
}

function taskpaneConfig(outDir, mode) {
  return {
    ...common(outDir, mode),
    name: 'taskpane',
    target: ['web', 'es2020'],
    entry: { taskpane: './src/addin/taskpane/index.tsx' },
    output: { ...common(outDir, mode).output, filename: '[name].js', chunkFilename: 'chunks/[name].[contenthash:8].js' },
    module: { rules: [swcRule('es2020')] },
    // pdf.js (loaded lazily by core for PDF attachments) refers to Node built-ins it never uses in a browser.
    resolve: { ...common(outDir, mode).resolve, fallback: { fs: false, path: false, url: false, http: false, https: false, zlib: false, stream: false, crypto: false, 'node:module': false, module: false } },
    plugins: [new PaneHtmlPlugin('taskpane')],
  };
}

/** The read task pane (issue 8): verify, decrypt with the card, show safely, move to approved storage. */
function readpaneConfig(outDir, mode) {
  return {
    ...taskpaneConfig(outDir, mode),
    name: 'readpane',
    entry: { readpane: './src/addin/read/index.tsx' },
    plugins: [new PaneHtmlPlugin('readpane')],
  };
}

/** The playground (emulated mailbox + the real task pane; loads onsend.js from the onsend build). */
function playgroundConfig(outDir, mode) {
  return {
    ...taskpaneConfig(outDir, mode),
    name: 'playground',
    entry: { playground: './src/playground/main.ts' },
    output: { ...common(outDir, mode).output, filename: '[name].js', chunkFilename: 'chunks/[name].[contenthash:8].js' },
    plugins: [new StaticFilesPlugin(() => ({ 'playground.html': PLAYGROUND_HTML }))],
  };
}

export default (env = {}) => {
  const outDir = env.outDir ? String(env.outDir) : join(root, 'dist', 'addin');
  const mode = env.development ? 'development' : 'production';
  const configs = { onsend: onsendConfig(outDir, mode), taskpane: taskpaneConfig(outDir, mode), readpane: readpaneConfig(outDir, mode), playground: playgroundConfig(outDir, mode) };
  if (env.only) return String(env.only).split(',').map((name) => configs[name]);
  return Object.values(configs);
};
