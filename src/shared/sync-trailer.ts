// The trailer that marks a sync commit and names the source commit it was rendered from:
// `Learning-Path-Sync: OWNER/NAME@<40-hex>` (or `@<ref>` when no commit is known). The next
// sync reads it back to list the source commits since, so it is written by the publish
// stage and read by the site snapshot: a shared leaf.

export const SYNC_TRAILER = 'Learning-Path-Sync'

/** The sources a sync rendered: OWNER/NAME, the ref read and, when known, its commit. */
export interface SyncSource {
  repository: string
  ref: string
  commit?: string
}

export function syncTrailer(source: SyncSource): string {
  return `${SYNC_TRAILER}: ${source.repository}@${source.commit ?? source.ref}`
}

/** The source a commit message's (last) sync trailer names; null when it has none. */
export function parseSyncTrailer(message: string): { repository: string; commit: string | null } | null {
  let found: { repository: string; commit: string | null } | null = null
  for (const line of message.split(/\r?\n/)) {
    const match = /^Learning-Path-Sync:\s*([\w.-]+\/[\w.-]+)@(\S+)\s*$/i.exec(line)
    if (match) found = { repository: match[1], commit: /^[0-9a-f]{40}$/i.test(match[2]) ? match[2].toLowerCase() : null }
  }
  return found
}
