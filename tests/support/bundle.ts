// The bundled entries the end-to-end tests run as processes. tests/global-setup.ts builds them
// from src/ once per run into a temporary folder (never into the committed dist/, which
// `npm run check-dist` compares with a fresh build on its own) and hands the folder over here.
import path from 'node:path'
import { inject } from 'vitest'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder holding the bundle of this run: index.js (the action), cli.js and the render-worker.js both start. */
    bundleDir: string
  }
}

export const BUNDLE_DIR_KEY = 'bundleDir' as const

/** Absolute path of a bundled entry of this run: `index.js` is what a runner runs, `cli.js` what a user runs, `render-worker.js` what both start. */
export function bundled(entry: 'index.js' | 'cli.js' | 'render-worker.js'): string {
  return path.join(inject(BUNDLE_DIR_KEY), entry)
}
