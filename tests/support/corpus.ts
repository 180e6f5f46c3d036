import { existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

// The shared data lives next to the checkout: `<repo>/../shared/fixtures`.
// This file is `<repo>/tests/helpers/fixtures.ts`, so the repo root is two folders up.
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/** Absolute path of the shared fixtures (`../shared/fixtures` from the repository root). */
export const FIXTURES = resolve(REPO_ROOT, '../shared/fixtures')

/** The Learning Path sources of the fixtures. */
export const FIXTURE_SOURCE = resolve(FIXTURES, 'learning-path')

/** The website pages of the fixtures (sections introduction and contributor). */
export const FIXTURE_WEBSITE = resolve(FIXTURES, 'website')

/** The commit history behind every page's contributor list (served by the local GitHub). */
export const FIXTURE_HISTORY = resolve(FIXTURES, 'github/learning-path-history.json')

/** Throws a message that says what is missing and where it was looked for. */
export function requireFixtures(): string {
  for (const needed of [FIXTURE_SOURCE, FIXTURE_WEBSITE, FIXTURE_HISTORY]) {
    if (!existsSync(needed)) {
      throw new Error(
        `shared fixtures not found: ${needed} is missing; the tests need ../shared/fixtures next to the repository ` +
          `(learning-path/, website/ and github/; see ../shared/README.md)`,
      )
    }
  }
  return FIXTURES
}
