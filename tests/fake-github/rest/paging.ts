/**
 * One page of a REST list (`per_page` default 30, at most 100; `page` from 1) and the
 * `Link` header GitHub sends with it, which octokit's paginate follows.
 */
export function pageOf<T>(items: readonly T[], query: URLSearchParams, selfUrl: string): { items: T[]; headers: Record<string, string> } {
  const perPage = Math.min(100, Math.max(1, Number(query.get('per_page')) || 30))
  const page = Math.max(1, Number(query.get('page')) || 1)
  const last = Math.max(1, Math.ceil(items.length / perPage))
  const link = (n: number, rel: string) => {
    const q = new URLSearchParams(query)
    q.set('per_page', String(perPage))
    q.set('page', String(n))
    return `<${selfUrl}?${q}>; rel="${rel}"`
  }
  const links: string[] = []
  if (page > 1) links.push(link(page - 1, 'prev'), link(1, 'first'))
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
  return {
    items: items.slice((page - 1) * perPage, page * perPage),
    headers: links.length > 0 ? { link: links.join(', ') } : {},
  }
}
