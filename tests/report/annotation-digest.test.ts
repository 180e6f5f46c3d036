import { describe, expect, it } from 'vitest'
import { digestAnnotations, REPEATED } from '../../src/report/annotation-digest.js'
import { createMemoryLogger } from '../../src/shared/line-logger.js'

describe('digestAnnotations', () => {
  it('turns more than REPEATED warnings of one kind in a group into one, after each as a plain line', async () => {
    const inner = createMemoryLogger()
    const logger = digestAnnotations(inner)
    await logger.group('Content health', () => {
      for (let i = 1; i <= REPEATED + 2; i++)
        logger.warning(`2 links to English landing pages (${i})`, { file: `s/de/0${i}.asciidoc`, line: i, kind: 'english-landing' })
      logger.warning('malformed link', { file: 's/01.asciidoc', line: 9, kind: 'malformed-url' })
      logger.info('stale translations: 0 of 3 compared')
      return Promise.resolve()
    })
    expect(inner.lines).toEqual([
      '== Content health',
      'stale translations: 0 of 3 compared',
      ...Array.from(
        { length: REPEATED + 2 },
        (_, k) => `warning: s/de/0${k + 1}.asciidoc:${k + 1}: 2 links to English landing pages (${k + 1})`,
      ),
      `warning: ${REPEATED + 2} files linking to English section landing pages whose translation exists (s/de/01.asciidoc, s/de/02.asciidoc, s/de/03.asciidoc, and 2 more): the job summary lists them under "Content health, Links and markup", this group's log has each`,
      'warning: s/01.asciidoc:9: malformed link',
    ])
  })

  it('annotates up to REPEATED of a kind one by one, and at once a warning without a kind or outside a group; errors pass', async () => {
    const inner = createMemoryLogger()
    const logger = digestAnnotations(inner)
    logger.warning('outside', { file: 'a', kind: 'title' })
    await logger.group('Render', () => {
      for (let i = 1; i <= REPEATED; i++) logger.warning(`title ${i}`, { file: `t${i}`, kind: 'title' })
      logger.warning('no kind', { file: 'n' })
      logger.error('broken', { file: 'b', line: 2 })
      return Promise.resolve()
    })
    expect(inner.lines).toEqual([
      'warning: a: outside',
      '== Render',
      'warning: n: no kind',
      'error: b:2: broken',
      ...Array.from({ length: REPEATED }, (_, k) => `warning: t${k + 1}: title ${k + 1}`),
    ])
  })

  it('releases what a group held even when the group fails', async () => {
    const inner = createMemoryLogger()
    const logger = digestAnnotations(inner)
    await expect(
      logger.group('Plan', () => {
        logger.warning('left alone', { file: 'p', kind: 'protected-page' })
        return Promise.reject(new Error('stop'))
      }),
    ).rejects.toThrow('stop')
    expect(inner.lines).toEqual(['== Plan', 'warning: p: left alone'])
  })
})
