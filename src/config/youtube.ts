/**
 * The video id of a YouTube URL (`watch?v=`, `youtu.be/`, `embed/`, `shorts/`), or null
 * when the URL is not one. The id is what the site's `youtubeCode` and thumbnail use.
 */
export function youtubeCodeOf(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url.trim())
  } catch {
    return null
  }
  const host = parsed.hostname.replace(/^(www\.|m\.)/, '')
  const id = /^[A-Za-z0-9_-]+$/
  if (host === 'youtu.be') {
    const code = parsed.pathname.slice(1).split('/')[0]
    return id.test(code) ? code : null
  }
  if (host !== 'youtube.com' && host !== 'youtube-nocookie.com') return null
  const fromQuery = parsed.searchParams.get('v')
  if (parsed.pathname === '/watch') return fromQuery && id.test(fromQuery) ? fromQuery : null
  const match = /^\/(?:embed|shorts|live)\/([A-Za-z0-9_-]+)/.exec(parsed.pathname)
  return match ? match[1] : null
}
