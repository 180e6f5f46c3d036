// The old scripts' pattern, end to end against the local GitHub: render every page, one
// GraphQL query per lookup (all started at once, as the old `forEach(async ...)` did, so the
// client's throttling alone decides the pace), then the whole tree written as one commit
// pushed to a branch. The client is octokit's as the old scripts would get it:
// `new Octokit({ auth, baseUrl })`, whose default throttling runs GraphQL one per second.
// With `spacing: 'ours'` the same requests go through our own clients' spacing instead, so
// the difference to our engine is the batching alone.
import Bottleneck from 'bottleneck'
import { Octokit } from 'octokit'
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js'
import { FAST_TIMING, PRODUCTION_TIMING } from '../../src/github/timing.js'
import { createConsoleLogger } from '../../src/shared/line-logger.js'
import { loadConfig } from '../../src/config/load.js'
import { createFsSourceTree } from '../../src/discover/fs-source-tree.js'
import { renderSources } from '../../src/sync.js'
import { serializePage } from '../../src/render/serialize.js'
import type { Contributor } from '../../src/shared/types.js'
import type { BaselineJob } from '../jobs.js'
import { oldLookups } from './old-lookups.js'
import { oldContributors, oldHistoryQuery, type OldHistoryAnswer } from './old-query.js'

export interface BaselineOutcome {
  pages: number
  lookups: number
  commitSha: string
}

export async function runBaseline(job: BaselineJob): Promise<BaselineOutcome> {
  const tree = createFsSourceTree(job.sourceDir)
  const [config, rendered] = await Promise.all([
    loadConfig(tree, { sectionsFile: job.sectionsFile }),
    renderSources(tree, { sectionsFile: job.sectionsFile }),
  ])
  const clients = createClients(job)
  const [owner, name] = job.sourceRepository.split('/')

  const lookups = oldLookups(rendered.pages, config.sections)
  const ask = (lookup: { path: string }) =>
    clients.graphql.graphql<OldHistoryAnswer>(oldHistoryQuery(owner, name, job.sourceRef, lookup.path))
  const answers: OldHistoryAnswer[] = []
  if (job.spacing === 'ours') {
    // Our spacing: one GraphQL query at a time, back to back, as our engine sends them. (Our
    // client gates GraphQL starts, not how many run at once: octokit runs up to 10 requests
    // at once, so the old all-at-once start would otherwise measure concurrency, not spacing.)
    for (const lookup of lookups) answers.push(await ask(lookup))
  } else {
    answers.push(...(await Promise.all(lookups.map(ask))))
  }
  const credits = new Map<string, Contributor[]>()
  lookups.forEach((lookup, i) => {
    if (lookup.page) credits.set(lookup.page, oldContributors(answers[i]))
  })
  const files = rendered.pages.map((page) => {
    const contributors = credits.get(page.path)
    const frontMatter = contributors && 'contributors' in page.frontMatter ? { ...page.frontMatter, contributors } : page.frontMatter
    return { path: `${job.targetPath}/${page.path}`, content: serializePage({ ...page, frontMatter }) }
  })

  const commitSha = await pushWholeTree(clients.rest, job, files)
  return { pages: files.length, lookups: lookups.length, commitSha }
}

/** What the baseline sends through: octokit's routes and queries, which both kinds of client have. */
type OldClient = Pick<GitHubClient, 'request' | 'graphql'>

/** One client for both kinds of request, as the old scripts had; or ours, one per purpose. */
function createClients(job: BaselineJob): { graphql: OldClient; rest: OldClient } {
  if (job.spacing === 'ours') {
    const timing = job.timing === 'production' ? PRODUCTION_TIMING : FAST_TIMING
    const context = { logger: createConsoleLogger({ quiet: true }), github: { token: job.token, apiUrl: job.apiUrl }, timing }
    return {
      graphql: createGitHubClient(context, 'read'),
      rest: createGitHubClient(context, 'write'),
    }
  }
  const client = createOldClient(job)
  return { graphql: client, rest: client }
}

function createOldClient(job: BaselineJob): OldClient {
  if (job.spacing === 'octokit-default') return new Octokit({ auth: job.token, baseUrl: job.apiUrl })
  // Smoke runs only: the same client with the one-second spacing taken out.
  return new Octokit({
    auth: job.token,
    baseUrl: job.apiUrl,
    throttle: {
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
      onRateLimit: () => false,
      onSecondaryRateLimit: () => false,
    },
  })
}

/**
 * Every page written, changed or not: one tree carrying all of them (the API's equivalent
 * of the old `git add . && git commit && git push` of the regenerated folder), one commit on
 * the base head, the branch pointed at it: created on the first run, force-moved on a rerun
 * (the old scripts compared nothing, so a rerun pushes a new commit even with nothing new).
 */
async function pushWholeTree(octokit: OldClient, job: BaselineJob, files: { path: string; content: string }[]): Promise<string> {
  const [owner, repo] = job.site.split('/')
  const { data: repository } = await octokit.request('GET /repos/{owner}/{repo}', { owner, repo })
  const base = repository.default_branch
  const { data: ref } = await octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { owner, repo, ref: `heads/${base}` })
  const { data: baseCommit } = await octokit.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', {
    owner,
    repo,
    commit_sha: ref.object.sha,
  })
  const { data: newTree } = await octokit.request('POST /repos/{owner}/{repo}/git/trees', {
    owner,
    repo,
    base_tree: baseCommit.tree.sha,
    tree: files.map((f) => ({ path: f.path, mode: '100644' as const, type: 'blob' as const, content: f.content })),
  })
  const { data: commit } = await octokit.request('POST /repos/{owner}/{repo}/git/commits', {
    owner,
    repo,
    message: 'Update Learning Path pages (old scripts)',
    tree: newTree.sha,
    parents: [baseCommit.sha],
  })
  if (job.rerun) {
    await octokit.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
      owner,
      repo,
      ref: `heads/${job.branch}`,
      sha: commit.sha,
      force: true,
    })
  } else await octokit.request('POST /repos/{owner}/{repo}/git/refs', { owner, repo, ref: `refs/heads/${job.branch}`, sha: commit.sha })
  return commit.sha
}
