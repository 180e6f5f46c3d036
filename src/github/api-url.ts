// Where GitHub is: its API by default, and its web pages for a given API root.

/** GitHub.com's REST and GraphQL root; GitHub Enterprise Server uses https://HOST/api/v3. */
export const DEFAULT_API_URL = 'https://api.github.com'

/** The web root profile URLs and commits live under, from the API root. */
export function webUrlFor(apiUrl: string): string {
  const url = apiUrl.replace(/\/+$/, '')
  if (url === DEFAULT_API_URL) return 'https://github.com'
  return url.replace(/\/api\/v3$/, '')
}
