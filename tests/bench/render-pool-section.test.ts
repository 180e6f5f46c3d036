// The render pool's figures share results.md with the matrix's report: each rewrites only its part.
import { describe, expect, it } from 'vitest'
import { markRenderPoolSection, renderPoolSection, withRenderPoolSection } from '../../bench/render-pool-section.js'

describe('the render pool section of results.md', () => {
  const first = markRenderPoolSection('## Render pool (issue 21)\n\n| a | b |')
  const second = markRenderPoolSection('## Render pool (issue 21)\n\n| c | d | $& |')

  it('is added at the end, then replaced in place, the rest of the file kept', () => {
    const added = withRenderPoolSection('# Benchmark\n\n## Wall time\n', first)
    expect(added).toBe(`# Benchmark\n\n## Wall time\n\n${first}\n`)
    const replaced = withRenderPoolSection(added.replace('## Wall time', '## Wall time\n\nnew figures'), second)
    expect(replaced).toBe(`# Benchmark\n\n## Wall time\n\nnew figures\n\n${second}\n`)
  })

  it('is carried over from the previous file by a report that does not measure it', () => {
    const previous = withRenderPoolSection('# old report\n', first)
    expect(renderPoolSection(previous)).toBe(first)
    expect(withRenderPoolSection('# new report\n', renderPoolSection(previous))).toBe(`# new report\n\n${first}\n`)
    expect(withRenderPoolSection('# new report\n', renderPoolSection('# no section\n'))).toBe('# new report\n')
    expect(renderPoolSection(undefined)).toBeUndefined()
  })
})
