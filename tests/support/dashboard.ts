// Set-up of the translation dashboard tests: the source repository as the local GitHub serves
// its issues, someone closing the issue by hand, and what a run sent to the issue endpoints.
import type { FakeGitHub, HistoryCommit, HistoryFixture, RequestLogEntry } from '../fake-github/index.js'

/** The requests of a log that search issues, and those that write issues of `repository` (not the site's pull request labels). */
export function issueRequests(
  requests: readonly RequestLogEntry[],
  repository: string,
): { searches: RequestLogEntry[]; writes: RequestLogEntry[] } {
  const about = requests.filter((r) => r.path === '/search/issues' || r.path.startsWith(`/repos/${repository}/issues`))
  return { searches: about.filter((r) => r.path === '/search/issues'), writes: about.filter((r) => r.method !== 'GET') }
}

/** What a person does on github.com: closes the issue, optionally with labels first. */
export async function closeByHand(gh: FakeGitHub, repository: string, number: number, labels: string[] = []): Promise<void> {
  const send = async (method: string, path: string, body: unknown) => {
    const answer = await fetch(`${gh.url}/repos/${repository}${path}`, {
      method,
      headers: { authorization: `token ${gh.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    if (!answer.ok) throw new Error(`${method} ${path}: ${answer.status} ${await answer.text()}`)
  }
  if (labels.length) await send('POST', `/issues/${number}/labels`, { labels })
  await send('PATCH', `/issues/${number}`, { state: 'closed' })
  // The fake logs these like the sync's requests: tests clear the log before each run.
  gh.clearRequests()
}

/** `history` with one more commit, the newest of all, to `path` (someone pushed an English edit). */
export function withNewCommit(history: HistoryFixture, path: string, commit: Omit<HistoryCommit, 'committedDate'>): HistoryFixture {
  const newest = Math.max(...Object.values(history.history).flatMap((commits) => commits.map((c) => Date.parse(c.committedDate))))
  const added: HistoryCommit = { ...commit, committedDate: new Date(newest + 86_400_000).toISOString().replace('.000Z', 'Z') }
  const files = { ...history.history, [path]: [added, ...(history.history[path] ?? [])] }
  return { ...history, history: files }
}
