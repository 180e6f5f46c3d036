import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { gitBlobSha } from '../../src/plan/blob-sha.js'

const hashObject = (content: string) => execFileSync('git', ['hash-object', '--stdin'], { input: content }).toString().trim()

describe('gitBlobSha', () => {
  it.each([
    ['empty', ''],
    ['ascii', 'hello\n'],
    ['no final newline', '---\ntitle: x\n---\nbody'],
    ['multi-byte UTF-8 (length in bytes, not characters)', 'Einführung — 入门 🎉'],
  ])('equals git hash-object for %s', (_name, content) => {
    expect(gitBlobSha(content)).toBe(hashObject(content))
  })

  it('hashes bytes the same as the equivalent string', () => {
    expect(gitBlobSha(Buffer.from('Größe', 'utf8'))).toBe(gitBlobSha('Größe'))
  })
})
