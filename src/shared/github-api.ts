// Facts about GitHub itself that several stages need: where its API lives by default, where
// its web pages are for a given API root, and the OWNER/NAME form of a repository.

/** GitHub.com's REST and GraphQL root; GitHub Enterprise Server uses https://HOST/api/v3. */
export const DEFAULT_API_URL = 'https://api.github.com'

/** The web root profile URLs and commits live under, from the API root. */
export function webUrlFor(apiUrl: string): string {
  const url = apiUrl.replace(/\/+$/, '')
  if (url === DEFAULT_API_URL) return 'https://github.com'
  return url.replace(/\/api\/v3$/, '')
}

const REPOSITORY_NAME = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/

/** `OWNER/NAME`: the form every repository option and input takes. */
export function isRepositoryName(value: string): boolean {
  return REPOSITORY_NAME.test(value)
}

/** The owner and name of an `OWNER/NAME`, or null when it is not that form. */
export function parseRepositoryName(value: string): { owner: string; name: string } | null {
  const match = REPOSITORY_NAME.exec(value.trim())
  return match ? { owner: match[1], name: match[2] } : null
}
