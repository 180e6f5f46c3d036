// The test corpus agrees with itself: the git repository tests/support/history-repository.ts
// makes from a history fixture holds the fixture's commits (files touched, authors, co-authors,
// dates, headlines; the source folder as its final tree), the same every time, and the local
// GitHub serves those commits under the SHAs git gave them. For the bundled example always, for
// the corpus where it is.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dateTime } from './graphql/model.js'
import { startFakeGitHub, type FakeGitHub, type HistoryFixture } from './index.js'
import { CORPUS_SOURCE, corpusHistory, describeCorpus } from '../support/corpus.js'
import { EXAMPLE_SOURCE, exampleHistory } from '../support/example-history.js'
import { graphql } from '../support/fake-github.js'
import { filesUnder } from '../support/files-under.js'
import {
  corpusHistoryRepository,
  exampleHistoryRepository,
  historyRepository,
  type HistoryRepository,
} from '../support/history-repository.js'

interface LoggedCommit {
  oid: string
  name: string
  email: string
  date: string
  message: string
  files: string[]
}

const git = (dir: string, args: string[], input?: string) =>
  execFileSync('git', args, { cwd: dir, encoding: 'utf8', input, maxBuffer: 64 << 20 })

/** Every commit of the repository, newest first, read with plain git (not the code under test). */
function gitLog(dir: string): LoggedCommit[] {
  return git(dir, ['log', '--no-renames', '--name-only', '--format=%x1e%H%x1f%an%x1f%ae%x1f%cI%x1f%B%x1f', 'main'])
    .split('\x1e')
    .slice(1)
    .map((record) => {
      const [oid, name, email, date, message, files] = record.split('\x1f')
      return { oid, name, email, date, message, files: files.split('\n').filter(Boolean) }
    })
}

/** The checks of one repository against its fixture and its source folder. */
function agreement(name: string, fixture: () => HistoryFixture, sourceDir: string, repository: () => HistoryRepository) {
  let repo: HistoryRepository
  let log: LoggedCommit[]
  let gh: FakeGitHub
  beforeAll(async () => {
    repo = repository()
    log = gitLog(repo.dir)
    gh = await startFakeGitHub({ history: repo.history })
  })
  afterAll(async () => {
    await gh?.close()
  })

  it('is the same repository every time it is built', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lps-history-fresh-'))
    try {
      const started = performance.now()
      const fresh = historyRepository(fixture(), sourceDir, { freshDir: path.join(dir, 'repo') })
      console.info(`${name}: repository of ${fresh.shas.size} commits generated in ${Math.round(performance.now() - started)} ms`)
      expect(fresh.head).toBe(repo.head)
      expect([...fresh.shas]).toEqual([...repo.shas])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it("holds the source folder's files, byte for byte, at HEAD", () => {
    const files = filesUnder(sourceDir)
    expect(git(repo.dir, ['ls-tree', '-r', '--name-only', 'HEAD']).trim().split('\n').sort()).toEqual([...files].sort())
    const blobs = new Map(
      git(repo.dir, ['ls-tree', '-r', 'HEAD'])
        .trim()
        .split('\n')
        .map((line) => [line.split('\t')[1], line.split('\t')[0].split(' ')[2]] as const),
    )
    const hashed = git(repo.dir, ['hash-object', '--stdin-paths'], files.map((f) => path.join(sourceDir, f)).join('\n'))
      .trim()
      .split('\n')
    expect(hashed).toEqual(files.map((file) => blobs.get(file)))
    expect(git(repo.dir, ['rev-parse', 'HEAD']).trim()).toBe(repo.head)
  })

  it("is the fixture's commits: files touched, author, co-authors, date and headline of each", () => {
    const { history } = fixture()
    const bySha = new Map(log.map((c) => [c.oid, c]))
    const touched = new Map<string, string[]>()
    for (const [file, commits] of Object.entries(history))
      for (const c of commits) touched.set(c.oid, [...(touched.get(c.oid) ?? []), file])
    for (const commit of Object.values(history).flat()) {
      const logged = bySha.get(repo.shas.get(commit.oid) ?? '')
      expect(logged, commit.oid).toBeDefined()
      const [author, ...coAuthors] = commit.authors
      expect({ name: logged!.name, email: logged!.email }).toEqual({ name: author.name, email: author.email })
      expect(Date.parse(logged!.date)).toBe(Date.parse(commit.committedDate))
      const [headline, ...rest] = logged!.message.split('\n')
      expect(headline).toBe(commit.messageHeadline)
      const trailers = rest.filter((line) => line.startsWith('Co-authored-by: '))
      expect(trailers).toEqual(coAuthors.map((a) => `Co-authored-by: ${a.name} <${a.email}>`))
      expect([...logged!.files].sort()).toEqual([...touched.get(commit.oid)!].sort())
    }
    // One commit more at most: the root, adding only the files without a history.
    const extra = log.filter((c) => ![...repo.shas.values()].includes(c.oid))
    const withoutHistory = filesUnder(sourceDir).filter((file) => !(file in history))
    expect(extra.map((c) => c.files)).toEqual(withoutHistory.length > 0 ? [withoutHistory] : [])
  })

  it("serves each file's history under git's SHAs, as `git log -- <file>` lists it", async () => {
    const files = Object.keys(repo.history.history)
    const query = `query Histories($owner: String!, $name: String!) { repository(owner: $owner, name: $name) {
      defaultBranchRef { target { oid } }
      ${files.map((_, i) => `f${i}: object(expression: "main") { ... on Commit { history(first: 100, path: $p${i}) { totalCount nodes { oid } } } }`).join('\n')}
    } }`.replace('$name: String!)', `$name: String!, ${files.map((_, i) => `$p${i}: String!`).join(', ')})`)
    const [owner, repoName] = repo.history.repository.split('/')
    const answer = await graphql(gh, query, { owner, name: repoName, ...Object.fromEntries(files.map((f, i) => [`p${i}`, f])) })
    expect(answer.body.errors).toBeUndefined()
    const data = answer.body.data.repository
    expect(data.defaultBranchRef.target.oid).toBe(repo.head)
    files.forEach((file, i) => {
      const fromGit = log.filter((c) => c.files.includes(file)).map((c) => c.oid)
      const history = data[`f${i}`].history as { totalCount: number; nodes: { oid: string }[] }
      expect(history.totalCount, file).toBe(fromGit.length)
      expect(
        history.nodes.map((n) => n.oid),
        file,
      ).toEqual(fromGit.slice(0, 100))
    })
  })

  it('answers object(oid:) for every commit: date, headline, authors as git has them, the pull request and its reviews', async () => {
    const { pullRequests, users } = repo.history
    const commits = [
      ...new Map(
        Object.values(repo.history.history)
          .flat()
          .map((c) => [c.oid, c]),
      ).values(),
    ]
    const bySha = new Map(log.map((c) => [c.oid, c]))
    const fields = `oid committedDate messageHeadline
      authors(first: 50) { nodes { name email user { login } } }
      associatedPullRequests(first: 1) { nodes { number reviews(first: 100) { nodes { author { login } } } } }`
    for (let start = 0; start < commits.length; start += 300) {
      const batch = commits.slice(start, start + 300)
      const query = `query Commits($owner: String!, $name: String!, ${batch.map((_, i) => `$c${i}: GitObjectID!`).join(', ')}) {
        repository(owner: $owner, name: $name) { ${batch.map((_, i) => `c${i}: object(oid: $c${i}) { ... on Commit { ${fields} } }`).join('\n')} }
      }`
      const [owner, repoName] = repo.history.repository.split('/')
      const answer = await graphql(gh, query, { owner, name: repoName, ...Object.fromEntries(batch.map((c, i) => [`c${i}`, c.oid])) })
      expect(answer.body.errors).toBeUndefined()
      batch.forEach((commit, i) => {
        const logged = bySha.get(commit.oid)!
        const coAuthors = logged.message
          .split('\n')
          .filter((line) => line.startsWith('Co-authored-by: '))
          .map((line) => /^Co-authored-by: (.*) <(.*)>$/.exec(line)!.slice(1))
        expect(answer.body.data.repository[`c${i}`], commit.oid).toEqual({
          oid: commit.oid,
          committedDate: dateTime(logged.date),
          messageHeadline: logged.message.split('\n')[0],
          authors: {
            nodes: [[logged.name, logged.email], ...coAuthors].map(([authorName, email]) => {
              const login = commit.authors.find((a) => a.email === email)?.login ?? null
              return { name: authorName, email, user: login && users[login]?.type !== 'Bot' ? { login } : null }
            }),
          },
          associatedPullRequests: {
            nodes:
              commit.pullRequest === null
                ? []
                : [
                    {
                      number: commit.pullRequest,
                      reviews: { nodes: pullRequests[commit.pullRequest].reviews.map((l) => ({ author: l && { login: l } })) },
                    },
                  ],
          },
        })
      })
    }
  })
}

describe('the bundled example as a git repository', () => {
  agreement('example', exampleHistory, EXAMPLE_SOURCE, exampleHistoryRepository)
})

describeCorpus('the corpus as a git repository', () => {
  agreement('corpus', corpusHistory, CORPUS_SOURCE, corpusHistoryRepository)
})
