// Bundles the action (dist/index.js) and the CLI (dist/cli.js) into self-contained ESM files, and
// the render worker both start (dist/render-worker.js: Asciidoctor lives there, not in the two).
// `node scripts/build.mjs [DIR]` writes them into DIR instead of dist/ (the tests' own bundle,
// the stale-dist check's fresh build), leaving the committed dist/ alone.
// esbuild: one fast step, one small plugin (below); the CommonJS parts (asciidoctor's Opal runtime)
// need a real `require`, which the banner provides.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'

const outDir = process.argv[2] ?? 'dist'

// asciidoctor's CommonJS build also reads `__filename` to locate itself; define it (and
// `__dirname`) as a CommonJS module would see them.
const banner = {
  js:
    "import { createRequire as __lpsCreateRequire } from 'node:module';\nconst require = __lpsCreateRequire(import.meta.url);" +
    "\nimport { fileURLToPath as __lpsFileURLToPath } from 'node:url';\nconst __filename = __lpsFileURLToPath(import.meta.url);" +
    "\nconst __dirname = __lpsFileURLToPath(new URL('.', import.meta.url));",
}

// @actions/core imports @actions/http-client for OIDC tokens (getIDToken), which the action
// never asks for; http-client imports undici, ~0.8 MB, for its proxy agent. Loading undici also
// installs its own agent as the dispatcher of Node's fetch, which our GitHub client uses: the
// action and the CLI would then talk to GitHub through different HTTP stacks. Marked free of side
// effects, undici stays out of the bundle when nothing of it is used, and fetch is Node's own.
const undiciUnlessUsed = {
  name: 'undici-unless-used',
  setup(build) {
    build.onResolve({ filter: /^undici$/ }, async (args) => {
      if (args.pluginData === 'resolved') return undefined
      const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: 'resolved' })
      return { ...resolved, sideEffects: false }
    })
  },
}

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner,
  legalComments: 'none',
  logLevel: 'warning',
  // Keep the bundle byte-identical between machines so the stale-dist check can compare.
  sourcemap: false,
  // Syntax only (dead branches, shorter forms; asciidoctor's Opal code shrinks most): names and
  // line breaks stay, so a stack trace and a diff of the bundle still read. Whitespace and names
  // are not minified.
  minifySyntax: true,
  plugins: [undiciUnlessUsed],
  // `learning-path-sync --version`: the bundle may run from anywhere, so the version travels inside it.
  define: { __LPS_VERSION__: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version) },
}

// The action: src/index.ts calls run() of src/main.ts (the typescript-action layout).
if (existsSync('src/index.ts')) await build({ ...common, entryPoints: ['src/index.ts'], outfile: join(outDir, 'index.js') })
// Found next to the bundle that starts it: src/render/render-pool.ts looks for ./render-worker.js.
if (existsSync('src/render/render-worker.ts'))
  await build({ ...common, entryPoints: ['src/render/render-worker.ts'], outfile: join(outDir, 'render-worker.js') })
if (existsSync('src/cli.ts'))
  await build({
    ...common,
    entryPoints: ['src/cli.ts'],
    outfile: join(outDir, 'cli.js'),
    banner: { js: '#!/usr/bin/env node\n' + banner.js },
  })
