import { linkDestination, markdownText } from '../escape/markdown.js'

/** Where the pages come from, as the pull request names it. */
export interface SourceInfo {
  /** OWNER/NAME of the Learning Path repository. */
  repository: string
  /** Branch or tag the sync read. */
  ref: string
  /** Commit the pages were rendered from, when known. */
  commit?: string
  /** Web address of the GitHub server; default https://github.com. */
  serverUrl?: string
}

/** Markdown link to the source commit (or, without a commit, to the ref). */
export function sourceLink(source: SourceInfo): string {
  const server = (source.serverUrl ?? 'https://github.com').replace(/\/+$/, '')
  const repository = markdownText(source.repository)
  if (source.commit)
    return `[${repository}@${source.commit.slice(0, 7)}](${linkDestination(`${server}/${source.repository}/commit/${source.commit}`)})`
  return `[${repository}@${markdownText(source.ref)}](${linkDestination(`${server}/${source.repository}/tree/${source.ref}`)})`
}
