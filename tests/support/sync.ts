// Shared set-up of the sync tests: a local GitHub with the corpus's history and a website
// repository seeded with today's pages, and sync options pointing at them. Everything that
// reads the corpus does so when called, never on import (see corpus.ts).
import { FAST_TIMING } from '../../src/github/timing.js'
import { createMemoryLogger } from '../../src/shared/line-logger.js'
import type { Logger } from '../../src/shared/logger.js'
import { DEFAULT_OPTIONS, type ParsedOptions } from '../../src/shared/option-table.js'
import { runSync, type SyncResult } from '../../src/sync.js'
import { startFakeGitHub, type CreateRepositoryOptions, type FakeGitHub, type RequestLogEntry } from '../fake-github/index.js'
import { CORPUS_HISTORY, historyIndex, websiteFiles } from './corpus.js'

import { BRANCH, TARGET } from './github-site.js'

// The website's pages folder and the sync's branch, for the tests that set up a whole sync.
export { BRANCH, TARGET }
export const WITHHELD = ['trusted-committer', 'product-owner', 'project-leader']

/** The pages a seeded site holds under TARGET: the corpus's website files. */
export const seeded = websiteFiles
/** The generated ones (in a section folder; the top-level _index*.md are the site's own). */
export const seededGenerated = (): string[] => Object.keys(seeded()).filter((p) => p.includes('/'))
/** The English ones (`01.md`, not `01.de.md`): what a `languages: 'en'` run speaks for. */
export const seededGeneratedEnglish = (): string[] => seededGenerated().filter((p) => !/\.[a-z-]+\.md$/.test(p))

export async function startSiteGitHub(): Promise<FakeGitHub> {
  return startFakeGitHub({ history: CORPUS_HISTORY })
}

/** A website repository with the fixture pages under TARGET, plus files of its own outside it (and `files`, e.g. a Hugo configuration). */
export async function seedSite(
  gh: FakeGitHub,
  fullName: string,
  options: CreateRepositoryOptions & { files?: Record<string, string> } = {},
): Promise<void> {
  const files: Record<string, string> = {
    'README.md': '# innersourcecommons.org\n',
    'content/en/about.md': '---\ntitle: About\n---\nAbout us.\n',
    ...options.files,
  }
  for (const [p, content] of Object.entries(seeded())) files[`${TARGET}/${p}`] = content
  await gh.createRepository(fullName, files, options)
}

/** Some options of some groups: what a test changes. */
export type OptionOverrides = { [G in keyof ParsedOptions]?: Partial<ParsedOptions[G]> }

/** Contributors `none`: no history read, for tests about something else. */
export const NO_CREDIT: OptionOverrides = { credit: { provider: 'none' } }

/** The English pages only (44 of 217): quick, and every stage still runs. */
export const ENGLISH_ONLY: OptionOverrides = { source: { languages: ['en'] } }

/**
 * The options of a sync of `sourceDir` (the corpus's history) to `site` on the local GitHub:
 * the defaults, a few pull request settings, then each of `overrides` in turn, group by group.
 * The `github` group becomes the run context's connection (runLogged, runFailing).
 */
export function syncOptions(gh: FakeGitHub, sourceDir: string, site: string, ...overrides: OptionOverrides[]): ParsedOptions {
  const { repository, branch } = historyIndex()
  const options: ParsedOptions = {
    ...DEFAULT_OPTIONS,
    github: { token: gh.token, apiUrl: gh.url },
    source: { ...DEFAULT_OPTIONS.source, dir: sourceDir, repository, ref: branch, commit: '8fc38b766e27fcf8e6fa66e62d76a3488ad46e44' },
    target: { ...DEFAULT_OPTIONS.target, repository: site, path: TARGET },
    pullRequest: { ...DEFAULT_OPTIONS.pullRequest, branch: BRANCH, labels: ['learning-path', 'automated'], reviewers: ['site-maintainer'] },
  }
  return withOverrides(options, ...overrides)
}

/** `options` with each of `overrides` applied in turn, group by group. */
export function withOverrides(options: ParsedOptions, ...overrides: OptionOverrides[]): ParsedOptions {
  const merged: Record<string, object> = { ...options }
  for (const override of overrides) {
    for (const [group, values] of Object.entries(override)) merged[group] = { ...merged[group], ...values }
  }
  return merged as ParsedOptions
}

export interface SyncRun {
  result: SyncResult
  /** Every request of this run (the log is cleared first). */
  requests: RequestLogEntry[]
  /** The REST ones (GraphQL left out). */
  rest: RequestLogEntry[]
  lines: string[]
}

export interface FailedRun {
  error: Error
  requests: RequestLogEntry[]
  rest: RequestLogEntry[]
  lines: string[]
}

const restOnly = (requests: readonly RequestLogEntry[]) => requests.filter((r) => r.path !== '/graphql')

/** Runs one sync with FAST_TIMING; the `github` group of `options` is the context's connection. */
export function syncWith({ github, ...options }: ParsedOptions, logger: Logger = createMemoryLogger()): Promise<SyncResult> {
  return runSync(options, { logger, github, timing: FAST_TIMING })
}

/** Runs one sync with FAST_TIMING, a fresh request log and a memory logger. */
export async function runLogged(gh: FakeGitHub, options: ParsedOptions): Promise<SyncRun> {
  gh.clearRequests()
  const logger = createMemoryLogger()
  const result = await syncWith(options, logger)
  const requests = [...gh.requests]
  return { result, requests, rest: restOnly(requests), lines: logger.lines }
}

/** Runs a sync expected to fail; returns the error, what was logged and what was sent. */
export async function runFailing(gh: FakeGitHub, options: ParsedOptions): Promise<FailedRun> {
  gh.clearRequests()
  const logger = createMemoryLogger()
  try {
    await syncWith(options, logger)
  } catch (error) {
    const requests = [...gh.requests]
    return { error: error as Error, requests, rest: restOnly(requests), lines: logger.lines }
  }
  throw new Error(`the sync was expected to fail; it logged:\n${logger.lines.slice(-20).join('\n')}`)
}
