import { createHash } from 'node:crypto'

/**
 * The SHA git gives a file's content (`git hash-object`): sha1 over `blob <bytes>\0<content>`.
 * Comparing it with the SHA the site's tree lists tells "unchanged" without downloading the file.
 */
export function gitBlobSha(content: string | Uint8Array): string {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
  return createHash('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex')
}
