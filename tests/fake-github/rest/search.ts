// GitHub's issue search, `GET /search/issues?q=...`, for the qualifiers a client finding its own
// issue uses: `repo:`, `is:issue`/`is:pr` (`type:`), `is:open`/`is:closed` (`state:`),
// `is:merged`, `label:`, `author:`, `assignee:`, `in:title|body|comments`, `-` to negate, and
// text matched as GitHub's index matches it: case and punctuation ignored, a "quoted phrase"
// as consecutive words, an unquoted term's words each anywhere (`a-b:c` finds an issue saying
// "c ... b a", GitHub's trap for unquoted markers). HTML comments are text, as on github.com.
// Other qualifiers are searched as words. Like GitHub (since 2025), a
// query must say `is:issue` or `is:pull-request`. New issues reach the index late when the
// repository says so (`searchIndexLag`). Requests spend the `search` budget, not `core`.
import type { FakeRepo } from '../git/repo-store.js'
import { errorReply, fail, validationFailed, type Reply } from '../http.js'
import type { RestDeps } from './deps.js'
import { isPull, issueJson, type IssueLike } from './issue-items.js'
import { pageOf } from './paging.js'
import type { Router } from './router.js'

const SEARCH_DOCS = 'https://docs.github.com/rest/search/search#search-issues-and-pull-requests'

interface Term {
  negated: boolean
  key?: string
  value: string
  /** A "quoted phrase": its words consecutive; unquoted, each word anywhere. */
  quoted?: boolean
}

/** `-key:"quoted value"`, `key:value`, `"a phrase"` or `word`. */
export function parseQuery(q: string): Term[] {
  const terms: Term[] = []
  for (const m of q.matchAll(/(-)?(?:([a-z][a-z_-]*):)?(?:"([^"]*)"|(\S+))/gi)) {
    terms.push({ negated: m[1] === '-', ...(m[2] ? { key: m[2].toLowerCase() } : {}), value: m[3] ?? m[4], quoted: m[3] !== undefined })
  }
  return terms
}

/** Text as the index holds it: lower case words separated by single spaces, padded for whole-word matching. */
const words = (text: string) =>
  ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `

const QUALIFIERS = new Set(['repo', 'is', 'type', 'state', 'label', 'author', 'assignee', 'in'])

interface Query {
  repos: string[]
  kind?: 'issue' | 'pr'
  filters: ((i: IssueLike) => boolean)[]
  text: Term[]
  fields: ('title' | 'body' | 'comments')[]
}

function compile(terms: Term[]): Query {
  const query: Query = { repos: [], filters: [], text: [], fields: [] }
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()
  for (const term of terms) {
    const { key, value, negated } = term
    if (!key || !QUALIFIERS.has(key)) {
      query.text.push(key ? { ...term, value: `${key}:${value}` } : term)
      continue
    }
    let test: ((i: IssueLike) => boolean) | undefined
    const v = value.toLowerCase()
    if (key === 'repo') query.repos.push(v)
    else if ((key === 'is' || key === 'type') && (v === 'issue' || v === 'pr' || v === 'pull-request')) {
      query.kind = v === 'issue' ? 'issue' : 'pr'
      test = (i) => isPull(i) === (query.kind === 'pr')
    } else if ((key === 'is' || key === 'state') && (v === 'open' || v === 'closed')) test = (i) => i.state === v
    else if (key === 'is' && (v === 'merged' || v === 'unmerged')) test = (i) => isPull(i) && i.merged === (v === 'merged')
    else if (key === 'label') test = (i) => i.labels.some((l) => same(l, value))
    else if (key === 'author') test = (i) => same(i.user, value)
    else if (key === 'assignee') test = (i) => i.assignees.some((a) => same(a, value))
    else if (key === 'in' && (v === 'title' || v === 'body' || v === 'comments')) query.fields.push(v)
    else query.text.push({ ...term, value: `${key}:${value}` })
    if (test) query.filters.push(negated ? (i) => !test(i) : test)
  }
  if (query.fields.length === 0) query.fields = ['title', 'body', 'comments']
  return query
}

function matches(query: Query, item: IssueLike): boolean {
  if (!query.filters.every((f) => f(item))) return false
  const text = words(
    [
      query.fields.includes('title') ? item.title : '',
      query.fields.includes('body') ? (item.body ?? '') : '',
      ...(query.fields.includes('comments') ? item.comments.map((c) => c.body) : []),
    ].join('\n'),
  )
  const found = (t: Term) =>
    t.quoted
      ? text.includes(words(t.value))
      : words(t.value)
          .trim()
          .split(' ')
          .every((word) => text.includes(` ${word} `))
  return query.text.every((t) => found(t) !== t.negated)
}

export function registerSearchRoutes(router: Router, deps: RestDeps): void {
  router.on('GET', '/search/issues', (req): Reply => {
    const q = req.query.get('q')
    if (!q) return validationFailed([{ resource: 'Search', field: 'q', code: 'missing' }])
    const query = compile(parseQuery(q))
    if (!query.kind) return errorReply(422, "Query must include 'is:issue' or 'is:pull-request'", {}, SEARCH_DOCS)
    const repos: FakeRepo[] = query.repos.length === 0 ? deps.repos.all() : query.repos.map((name) => searchable(deps, name))
    const found: { repo: FakeRepo; item: IssueLike }[] = []
    for (const repo of repos) {
      for (const item of [...repo.pulls, ...repo.issues]) {
        if (!isPull(item) && item.searchHiddenFor > 0) continue
        if (matches(query, item)) found.push({ repo, item })
      }
    }
    // The index catches up, one search at a time.
    for (const repo of deps.repos.all()) for (const issue of repo.issues) if (issue.searchHiddenFor > 0) issue.searchHiddenFor -= 1
    const sort = req.query.get('sort')
    const key = ({ item }: (typeof found)[number]) =>
      sort === 'updated'
        ? item.updatedAt
        : sort === 'comments'
          ? String(item.comments.length).padStart(9, '0')
          : sort === 'created'
            ? item.createdAt
            : String(item.number).padStart(9, '0')
    found.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
    if ((req.query.get('order') ?? 'desc') === 'desc') found.reverse()
    const page = pageOf(found, req.query, `${deps.apiUrl()}/search/issues`)
    return {
      status: 200,
      body: {
        total_count: found.length,
        incomplete_results: false,
        items: page.items.map(({ repo, item }) => ({ ...issueJson(deps, repo, item), score: 1 })),
      },
      headers: page.headers,
    }
  })
}

/** A `repo:` the search can read, else GitHub's 422. */
function searchable(deps: RestDeps, fullName: string): FakeRepo {
  const [owner, name] = fullName.split('/')
  const repo = owner && name ? deps.repos.get(owner, name) : undefined
  if (!repo) {
    fail(
      validationFailed([
        {
          message:
            'The listed users and repositories cannot be searched either because the resources do not exist or you do not have permission to view them.',
          resource: 'Search',
          field: 'q',
          code: 'invalid',
        },
      ]),
    )
  }
  return repo
}
