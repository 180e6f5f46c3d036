// Labels of a repository: made on first use (adding a label an issue does not have yet, as
// GitHub does) or by `POST /repos/{o}/{r}/labels`; names are case-insensitive.
import type { FakeRepo, LabelState } from '../git/repo-store.js'
import { errorReply, validationFailed, type Reply } from '../http.js'
import { repoOf, type RestDeps } from './deps.js'
import { pageOf } from './paging.js'
import { idOf } from './repos.js'
import type { Router } from './router.js'

/** GitHub's colour for labels made on first use. */
const DEFAULT_COLOR = 'ededed'

/** The repository's label of that name (any case), made if it does not exist yet; returns its name as spelt there. */
export function useLabel(repo: FakeRepo, name: string): string {
  const found = findLabel(repo, name)
  if (found) return found.name
  repo.labels.set(name, { name, color: DEFAULT_COLOR, description: null })
  return name
}

function findLabel(repo: FakeRepo, name: string): LabelState | undefined {
  return repo.labels.get(name) ?? [...repo.labels.values()].find((l) => l.name.toLowerCase() === name.toLowerCase())
}

export function labelJson(deps: RestDeps, repo: FakeRepo, name: string) {
  const label = findLabel(repo, name) ?? { name, color: DEFAULT_COLOR, description: null }
  return {
    id: idOf(`${repo.fullName}:${label.name}`),
    node_id: `LA_${Buffer.from(`${repo.fullName}:${label.name}`).toString('base64url')}`,
    url: `${deps.apiUrl()}/repos/${repo.fullName}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    color: label.color,
    default: false,
    description: label.description,
  }
}

export function registerLabelRoutes(router: Router, deps: RestDeps): void {
  router.on('GET', '/repos/:owner/:repo/labels', (req): Reply => {
    const repo = repoOf(deps, req)
    const page = pageOf([...repo.labels.keys()], req.query, `${deps.apiUrl()}/repos/${repo.fullName}/labels`)
    return { status: 200, body: page.items.map((name) => labelJson(deps, repo, name)), headers: page.headers }
  })

  router.on('GET', '/repos/:owner/:repo/labels/:name', (req): Reply => {
    const repo = repoOf(deps, req)
    const label = findLabel(repo, req.params.name)
    return label ? { status: 200, body: labelJson(deps, repo, label.name) } : errorReply(404, 'Not Found')
  })

  router.on('POST', '/repos/:owner/:repo/labels', (req): Reply => {
    const repo = repoOf(deps, req)
    const body = (req.body ?? {}) as Record<string, unknown>
    if (typeof body.name !== 'string' || body.name === '')
      return validationFailed([{ resource: 'Label', code: 'missing_field', field: 'name' }])
    if (findLabel(repo, body.name)) return validationFailed([{ resource: 'Label', code: 'already_exists', field: 'name' }])
    const color = typeof body.color === 'string' ? body.color.replace(/^#/, '') : DEFAULT_COLOR
    if (!/^[0-9a-fA-F]{6}$/.test(color)) return validationFailed([{ resource: 'Label', code: 'invalid', field: 'color' }])
    repo.labels.set(body.name, { name: body.name, color, description: typeof body.description === 'string' ? body.description : null })
    return {
      status: 201,
      body: labelJson(deps, repo, body.name),
      headers: { location: `${deps.apiUrl()}/repos/${repo.fullName}/labels/${encodeURIComponent(body.name)}` },
    }
  })
}
