// Debian's hugo as the real consumer of the pages: a minimal multilingual site configured with
// the website's languages (config/_default/languages.yaml of innersourcecommons.org: each
// language has its own content folder, and the Learning Path pages all sit in content/en with
// the language in the file name), Goldmark passing HTML through as the site's config does, and
// a layout that prints only what a page is made of: language, title, contributors, body.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe } from 'vitest'

/** The website's languages, in its order, with their content folders. */
export const SITE_LANGUAGES = ['en', 'fr', 'ja', 'de', 'es', 'it', 'pt-br', 'ru', 'zh'] as const

/** Where the Learning Path pages live in the site (under content/en). */
export const PAGES_FOLDER = 'learn/learning-path'

/**
 * CI sets LPS_REQUIRE_HUGO=1 (`.ci/run` installs Debian's hugo): there a missing hugo fails the
 * Hugo tests. Elsewhere they are skipped with one line saying how to get hugo.
 */
export const HUGO_REQUIRED = process.env.LPS_REQUIRE_HUGO === '1'

/** `hugo version`'s first line, or null when there is no hugo on PATH. */
export function hugoVersion(): string | null {
  const probe = spawnSync('hugo', ['version'], { encoding: 'utf8' })
  if (probe.error || probe.status !== 0) return null
  return probe.stdout.trim().split('\n')[0]
}

export const HUGO_MISSING_LINE =
  "skipped: the Hugo build tests need Debian's hugo on PATH (apt-get install hugo); CI sets LPS_REQUIRE_HUGO=1, which makes a missing hugo fail"

/**
 * `describe` for the suites that build with hugo, and the version they name: without hugo (and
 * without LPS_REQUIRE_HUGO=1) the suite is skipped and HUGO_MISSING_LINE printed.
 */
export function hugoSuite(): { version: string | null; withHugo: ReturnType<typeof describe.skipIf> } {
  const version = hugoVersion()
  const skip = !version && !HUGO_REQUIRED
  if (skip) process.stderr.write(`${HUGO_MISSING_LINE}\n`)
  return { version, withHugo: describe.skipIf(skip) }
}

const CONFIG = [
  'baseURL: https://example.invalid/',
  'defaultContentLanguage: en',
  // Only pages and sections: the layout below covers them, and nothing else is built.
  'disableKinds: [taxonomy, term, RSS, sitemap, robotsTXT, "404"]',
  'markup:',
  '  goldmark:',
  '    renderer:',
  '      unsafe: true',
  'languages:',
  ...SITE_LANGUAGES.map((lang, index) => `  ${lang}: { contentDir: content/${lang}, weight: ${index + 1} }`),
  '',
].join('\n')

// `.File.Path` names the source file, so each built page can be traced back to the page we wrote.
const LAYOUT = `<!DOCTYPE html>
<html lang="{{ .Language.Lang }}"><body>
<p class="source">{{ with .File }}{{ .Path }}{{ end }}</p>
<h1>{{ .Title }}</h1>
<ul class="contributors">{{ range .Params.contributors }}<li>{{ .name }}</li>{{ end }}</ul>
<div class="body">{{ .Content }}</div>
</body></html>
`

/** Lays out the site around a `content/en` folder that is created empty; returns that folder. */
export function createHugoSite(root: string): string {
  mkdirSync(path.join(root, 'layouts', '_default'), { recursive: true })
  writeFileSync(path.join(root, 'hugo.yaml'), CONFIG)
  writeFileSync(path.join(root, 'layouts', '_default', 'single.html'), LAYOUT)
  writeFileSync(path.join(root, 'layouts', '_default', 'list.html'), LAYOUT)
  for (const lang of SITE_LANGUAGES) mkdirSync(path.join(root, 'content', lang), { recursive: true })
  return path.join(root, 'content', 'en')
}

/** One page as Hugo built it. */
export interface BuiltPage {
  /** The source file, relative to its content folder, with forward slashes. */
  source: string
  lang: string
  title: string
  contributors: string[]
  /** The body's HTML, as Hugo put it into the page. */
  body: string
}

export interface HugoBuild {
  /** Hugo's own output (stdout and stderr), where it reports warnings and errors. */
  log: string
  pages: BuiltPage[]
}

/** Runs `hugo` in the site and reads every page it built back. Throws when hugo exits non-zero. */
export function buildHugoSite(root: string): HugoBuild {
  let log: string
  try {
    log = execFileSync('hugo', ['--destination', 'public'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  } catch (error) {
    const { code, stdout, stderr } = error as { code?: string; stdout?: string; stderr?: string }
    if (code === 'ENOENT')
      throw new Error(`hugo is not on PATH, and LPS_REQUIRE_HUGO=1 requires it: install Debian's hugo (apt-get install hugo)`)
    throw new Error(`hugo failed:\n${stdout ?? ''}${stderr ?? ''}`)
  }
  const pages: BuiltPage[] = []
  for (const file of htmlFiles(path.join(root, 'public'))) {
    const html = readFileSync(file, 'utf8')
    const source = /<p class="source">([^<]*)<\/p>/.exec(html)
    // Alias redirects and pages without a file (the generated `learn` section) carry no source.
    if (!source || source[1] === '') continue
    pages.push({
      source: decodeHtml(source[1]).replace(/^\//, ''),
      lang: /<html lang="([^"]*)">/.exec(html)?.[1] ?? '',
      title: decodeHtml(/<h1>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? ''),
      contributors: [...(/<ul class="contributors">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '').matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) =>
        decodeHtml(m[1]),
      ),
      body: /<div class="body">([\s\S]*)<\/div>\n<\/body>/.exec(html)?.[1] ?? '',
    })
  }
  return { log, pages }
}

/** The language a page file name carries (`01.pt-br.md` -> `pt-br`), else the default `en`. */
export function fileLanguage(file: string): string {
  const match = /\.([a-z]{2}(?:-[a-z]+)?)\.md$/.exec(path.posix.basename(file))
  return match && (SITE_LANGUAGES as readonly string[]).includes(match[1]) ? match[1] : 'en'
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) return htmlFiles(full)
    return name.endsWith('.html') ? [full] : []
  })
}

/** Undoes the escaping Go templates apply to text (`&amp;`, `&#39;`, `&#43;`, ...). */
export function decodeHtml(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name] ?? '')
}
