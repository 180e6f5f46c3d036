// Reading ../shared/fixtures for the contributor tests: where the files are, which source
// paths are credited, and what the website pages list today. The history itself reaches the
// code under test only through the local GitHub.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'
import type { Contributor } from '../../src/shared/types.js'

const here = path.dirname(fileURLToPath(import.meta.url))
/** tests/contributors -> repo root -> ../shared/fixtures */
export const FIXTURES = path.resolve(here, '../../../shared/fixtures')
export const HISTORY_FILE = path.join(FIXTURES, 'github/learning-path-history.json')

export function requireFixtures(): void {
  if (!existsSync(HISTORY_FILE) || !existsSync(path.join(FIXTURES, 'website'))) {
    throw new Error(`shared fixtures missing: expected ${HISTORY_FILE} and ${FIXTURES}/website (see ../shared/README.md)`)
  }
}

/** The repository and the credited source paths of the history fixture (its keys only). */
export function historyIndex(): { repository: string; branch: string; paths: string[] } {
  const json = JSON.parse(readFileSync(HISTORY_FILE, 'utf8')) as { repository: string; branch: string; history: Record<string, unknown> }
  return { repository: json.repository, branch: json.branch, paths: Object.keys(json.history) }
}

export interface SitePage {
  /** e.g. `contributor/04.es.md` */
  page: string
  contributors: Contributor[]
}

/** Every article and workbook page of the website fixture with its `contributors` list. */
export function sitePages(): SitePage[] {
  const root = path.join(FIXTURES, 'website')
  const pages: SitePage[] = []
  for (const section of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const file of readdirSync(path.join(root, section.name)).sort()) {
      if (!file.endsWith('.md') || file.startsWith('_index')) continue
      const text = readFileSync(path.join(root, section.name, file), 'utf8')
      const front = /^---\n([\s\S]*?)\n---\n/.exec(text)
      if (!front) throw new Error(`no front matter in website/${section.name}/${file}`)
      const data = parseYaml(front[1]) as { contributors?: Contributor[] }
      pages.push({ page: `${section.name}/${file}`, contributors: data.contributors ?? [] })
    }
  }
  return pages
}

/**
 * The source file behind a site page, by the site's naming: `S/NN[.lang].md` comes from the
 * one credited file `S/[lang/]NN-*.asciidoc`; `S/workbook.md` from the section's workbook in
 * scripts/section_data.json.
 */
export function sourceOfPage(page: string, creditedPaths: readonly string[]): string {
  const [section, file] = page.split('/')
  if (file === 'workbook.md') {
    const sections = JSON.parse(readFileSync(path.join(FIXTURES, 'learning-path/scripts/section_data.json'), 'utf8')) as {
      dirName: string
      workbook: string
    }[]
    const workbook = sections.find((s) => s.dirName === section)?.workbook
    if (!workbook) throw new Error(`no workbook for section ${section}`)
    return `workbook/${workbook}`
  }
  const match = /^(\d\d)(?:\.([a-z-]+))?\.md$/.exec(file)
  if (!match) throw new Error(`unexpected page name ${page}`)
  const prefix = `${section}/${match[2] ? `${match[2]}/` : ''}${match[1]}-`
  const found = creditedPaths.filter((p) => p.startsWith(prefix) && !p.slice(prefix.length).includes('/'))
  if (found.length !== 1) throw new Error(`page ${page}: expected one source file ${prefix}*, found ${found.join(', ') || 'none'}`)
  return found[0]
}
