// The source commits since the previous sync, as the pull request lists them: a reviewer sees
// which changes of the Learning Path this pull request carries to the site.
import type { SourceChanges } from '../credit/source-commits.js'
import type { Block, Part } from './fit-blocks.js'
import { codeSpan, linkDestination, markdownText } from '../escape/markdown.js'
import type { SourceInfo } from './source-link.js'

const server = (source: SourceInfo) => (source.serverUrl ?? 'https://github.com').replace(/\/+$/, '')
const commitLink = (source: SourceInfo, oid: string) =>
  `[${codeSpan(oid.slice(0, 7))}](${linkDestination(`${server(source)}/${source.repository}/commit/${oid}`)})`

/** The part for `{{source-changes}}`: one line, and the list of commits as a block. */
export function sourceChangesPart(changes: SourceChanges | undefined, source: SourceInfo): Part {
  if (!changes) return ['_A folder target has no history in which to find the previous sync._']
  if (changes.previous === null) {
    return ['_No earlier sync commit on the base branch names a source commit: this looks like the first sync from these sources._']
  }
  const current = source.commit ?? source.ref
  if (source.commit !== undefined && changes.previous === source.commit) {
    return [`None: the previous sync was made from the same source commit, ${commitLink(source, changes.previous)}.`]
  }
  const compare = linkDestination(`${server(source)}/${source.repository}/compare/${changes.previous}...${current}`)
  const head = `Since the previous sync (${commitLink(source, changes.previous)}): [compare](${compare})`
  if (changes.commits === null) return [`${head}.`]
  if (changes.commits.length === 0) return [`${head}: no commits listed.`]
  const lines = changes.commits.map(
    (c) => `- ${commitLink(source, c.oid)} ${markdownText(c.headline)}${c.date ? ` (${c.date.slice(0, 10)})` : ''}`,
  )
  if (changes.more) lines.push('- …and more: see the comparison.')
  const count = `${changes.commits.length}${changes.more ? '+' : ''} commit${changes.commits.length === 1 && !changes.more ? '' : 's'}`
  const list: Block = {
    full: `\n\n${lines.join('\n')}`,
    collapsed: ` (the list of ${count} is left out to stay under GitHub's size limit).`,
  }
  return [`${head}, ${count}:`, list]
}
