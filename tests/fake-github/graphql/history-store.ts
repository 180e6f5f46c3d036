import { readFileSync } from 'node:fs'
import type { HistoryCommit, HistoryFixture } from '../types.js'

/** A user or bot of the fixture's `users` table. */
export interface FixtureActor {
  login: string
  name: string | null
  type: 'User' | 'Bot'
}

export function loadHistoryFixture(source: string | HistoryFixture): HistoryFixture {
  if (typeof source !== 'string') return source
  return JSON.parse(readFileSync(source, 'utf8')) as HistoryFixture
}

/**
 * The fixture's history, indexed for lookups. The fixture lists commits per path; this gives
 * them one global order (newest first, fixture order on ties) so that "history of commit X"
 * means "X and the commits older than it", like a linear git history would.
 */
export class HistoryStore {
  readonly owner: string
  readonly name: string
  readonly branch: string
  readonly headOid: string
  private readonly byOid = new Map<string, HistoryCommit>()
  private readonly globalOrder: HistoryCommit[]
  private readonly rank = new Map<string, number>()

  constructor(private readonly fixture: HistoryFixture) {
    const [owner, name] = fixture.repository.split('/')
    this.owner = owner
    this.name = name
    this.branch = fixture.branch
    this.headOid = fixture.head
    const all: HistoryCommit[] = []
    for (const commits of Object.values(fixture.history)) {
      for (const commit of commits) {
        if (!this.byOid.has(commit.oid)) all.push(commit)
        this.byOid.set(commit.oid, commit)
      }
    }
    this.globalOrder = all
      .map((commit, index) => ({ commit, index, time: Date.parse(commit.committedDate) }))
      .sort((a, b) => b.time - a.time || a.index - b.index)
      .map((x) => x.commit)
    this.globalOrder.forEach((commit, index) => this.rank.set(commit.oid, index))
    // A fixture names its tip but may not describe it (the shared one does not): it is then
    // newer than everything. A history made from a git repository names its newest commit.
    if (!this.byOid.has(fixture.head)) {
      this.byOid.set(fixture.head, {
        oid: fixture.head,
        committedDate: this.globalOrder[0]?.committedDate ?? '2024-01-01T00:00:00Z',
        messageHeadline: `Tip of ${fixture.branch}`,
        authors: [],
        pullRequest: null,
      })
    }
  }

  /** Whether `owner/name` names this repository (GitHub compares case-insensitively). */
  isRepository(owner: string, name: string): boolean {
    return owner.toLowerCase() === this.owner.toLowerCase() && name.toLowerCase() === this.name.toLowerCase()
  }

  commit(oid: string): HistoryCommit | undefined {
    return this.byOid.get(oid)
  }

  /** The commit oid an expression names: the branch, `HEAD`, `refs/heads/<branch>`, a full or abbreviated oid. */
  resolve(expression: string): string | undefined {
    if (expression === this.branch || expression === 'HEAD' || expression === `refs/heads/${this.branch}`) {
      return this.headOid
    }
    if (!/^[0-9a-f]{4,40}$/.test(expression)) return undefined
    if (this.byOid.has(expression)) return expression
    const matches = [...this.byOid.keys()].filter((oid) => oid.startsWith(expression))
    return matches.length === 1 ? matches[0] : undefined
  }

  /**
   * Commits reachable from `startOid` that touch `path` (a file, or a folder: everything
   * under it), newest first. Without a path, every commit of the fixture.
   */
  history(startOid: string, path?: string | null): HistoryCommit[] {
    const touching = this.touching(path)
    if (startOid === this.headOid) return touching
    const start = this.byOid.get(startOid)
    if (!start) return []
    const own = touching.indexOf(start)
    if (own >= 0) return touching.slice(own)
    const startRank = this.rank.get(startOid) ?? 0
    return touching.filter((c) => (this.rank.get(c.oid) ?? 0) > startRank)
  }

  actor(login: string): FixtureActor {
    const user = this.fixture.users[login]
    return { login, name: user?.name ?? null, type: user?.type ?? 'User' }
  }

  /** Review authors of a pull request, in review order; null for deleted accounts. */
  reviews(pullRequest: number): (string | null)[] {
    return this.fixture.pullRequests[String(pullRequest)]?.reviews ?? []
  }

  private touching(path?: string | null): HistoryCommit[] {
    if (path == null || path === '' || path === '.') return this.globalOrder
    const clean = path.replace(/\/+$/, '')
    const exact = this.fixture.history[clean]
    if (exact) return exact
    const prefix = `${clean}/`
    const seen = new Set<HistoryCommit>()
    for (const [file, commits] of Object.entries(this.fixture.history)) {
      if (file.startsWith(prefix)) commits.forEach((c) => seen.add(c))
    }
    return this.globalOrder.filter((c) => seen.has(c))
  }
}
