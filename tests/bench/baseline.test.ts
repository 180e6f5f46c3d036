// The baseline's pieces: which lookups the old walk makes (213 for the whole path), what
// the old query costs and returns on the local GitHub, and the old credit rule.
import { Octokit } from 'octokit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config/load.js'
import { createFsSourceTree } from '../../src/discover/fs-source-tree.js'
import { renderSources } from '../../src/sync.js'
import { lookupBreakdown, oldLookups } from '../../bench/baseline/old-lookups.js'
import { oldContributors, oldHistoryQuery, type OldHistoryAnswer } from '../../bench/baseline/old-query.js'
import { countRequests } from '../../bench/metrics.js'
import { startFakeGitHub, type FakeGitHub } from '../fake-github/index.js'
import { CORPUS_HISTORY, CORPUS_SOURCE, corpusHistory, describeCorpus } from '../support/corpus.js'

describeCorpus('the old walk over the whole learning path', () => {
  it('asks 213 times: once per article and once per language folder for the workbook', async () => {
    const tree = createFsSourceTree(CORPUS_SOURCE)
    const [config, { pages }] = await Promise.all([loadConfig(tree), renderSources(tree)])
    const lookups = oldLookups(pages, config.sections)
    const breakdown = lookupBreakdown(lookups, pages)
    expect(breakdown).toEqual({ requests: 213, articles: 184, workbooks: 4, creditedPages: 188, languageFolders: 29, workbookReasks: 25 })

    // Every article once; the workbooks once per language folder of their section.
    const articlePaths = pages.filter((p) => p.kind === 'article').map((p) => p.creditPath)
    expect(
      lookups
        .filter((l) => !l.path.startsWith('workbook/'))
        .map((l) => l.path)
        .sort(),
    ).toEqual([...articlePaths].sort())
    const introductionFolders = pages.filter((p) => p.kind === 'index' && p.section === 'introduction').length
    expect(lookups.filter((l) => l.path === 'workbook/01-introduction.asciidoc')).toHaveLength(introductionFolders)
    // The section without a workbook still asks, for the folder `workbook/`, and credits nothing.
    expect(lookups.filter((l) => l.path === 'workbook/')).toEqual([{ path: 'workbook/', page: null }])
    // Only the English answer credits the workbook page.
    expect(lookups.filter((l) => l.page === 'introduction/workbook.md')).toHaveLength(1)
  }, 30_000)
})

describeCorpus('the old query on the local GitHub', () => {
  let gh: FakeGitHub
  let history: { repository: string; branch: string; history: Record<string, unknown[]> }
  beforeAll(async () => {
    history = corpusHistory()
    gh = await startFakeGitHub({ history: CORPUS_HISTORY })
  })
  afterAll(async () => {
    await gh?.close()
  })

  it('costs 3 points by GitHub formula and returns the first 100 commits only', async () => {
    const [owner, name] = history.repository.split('/')
    // No spacing: this checks the answer, not the pace.
    const octokit = new Octokit({ auth: gh.token, baseUrl: gh.url, throttle: { enabled: false } })
    const file = 'contributor/es/04-mechanics-of-contributing-article-es.asciidoc'
    gh.clearRequests()
    const answer = await octokit.graphql<OldHistoryAnswer>(oldHistoryQuery(owner, name, history.branch, file))
    const commits = history.history[file].length
    expect(commits).toBeGreaterThan(100)
    expect(answer.repository?.object?.history.totalCount).toBe(commits)
    expect(answer.repository?.object?.history.nodes).toHaveLength(100)
    expect(countRequests(gh.requests)).toEqual({ graphqlRequests: 1, graphqlPoints: 3, restReads: 0, restWrites: 0 })
    expect(oldContributors(answer).length).toBeGreaterThan(0)
  })
})

describe('the old credit rule', () => {
  it('takes the profile name else the git name, one entry per name, the last URL winning', () => {
    const author = (name: string | null, user: { name: string | null; url: string } | null) => ({ name, user })
    const answer: OldHistoryAnswer = {
      repository: {
        object: {
          history: {
            totalCount: 3,
            nodes: [
              { authors: { nodes: [author('ann', { name: 'Ann A', url: 'https://github.com/ann' }), author('bob', null)] } },
              { authors: { nodes: [author('Bob', null)] } },
              { authors: { nodes: [author('Ann A', null), author('cy', { name: null, url: 'https://github.com/cy' })] } },
            ],
          },
        },
      },
    }
    expect(oldContributors(answer)).toEqual([
      { name: 'Ann A', url: null },
      { name: 'bob', url: null },
      { name: 'Bob', url: null },
      { name: 'cy', url: 'https://github.com/cy' },
    ])
  })
})

describe('counting requests from the log', () => {
  it('splits GraphQL (with points) from REST reads and writes', () => {
    const entry = (method: string, p: string, write: boolean, cost?: number) => ({
      method,
      path: p,
      query: '',
      status: 200,
      durationMs: 1,
      write,
      ...(cost !== undefined ? { cost } : {}),
    })
    expect(
      countRequests([
        entry('POST', '/graphql', false, 2),
        entry('POST', '/graphql', false, 1),
        entry('GET', '/repos/a/b', false),
        entry('POST', '/repos/a/b/git/trees', true),
      ]),
    ).toEqual({ graphqlRequests: 2, graphqlPoints: 3, restReads: 1, restWrites: 1 })
  })
})
