import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root (this file is tests/support/repo-root.ts): where processes under test run. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
