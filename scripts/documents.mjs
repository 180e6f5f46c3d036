// The Markdown a maintainer reads and copies from: README.md, CONTRIBUTING.md and docs/*.md, in
// that order. The workflows they show are linted (lint-workflows.mjs) and the commands they show
// are run (tests/action/readme-commands.test.ts), so both read the same list from here.
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

/** Paths relative to `root`: README.md, CONTRIBUTING.md, then docs/*.md sorted. */
export function documentFiles(root = '.') {
  const top = ['README.md', 'CONTRIBUTING.md'].filter((name) => existsSync(join(root, name)))
  const docs = readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`)
  return [...top, ...docs]
}
