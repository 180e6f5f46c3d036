import { createMemorySourceTree } from '../../src/discover/memory-source-tree.js'
import type { SourceTree } from '../../src/shared/source-tree.js'

/** Section list of the sample: one rendered section, one front-matter-only section without workbook. */
export const SAMPLE_SECTIONS = [
  {
    learning_path_group: 'Gardening',
    dirName: 'gardening',
    workbook: '01-gardening.asciidoc',
    workbookImage: 'img/wb.png',
    image: 'img/garden.png',
    renderArticles: true,
  },
  { learning_path_group: 'Tool Shed', dirName: 'tool-shed', workbook: '', workbookImage: '', image: 'img/shed.png', renderArticles: false },
]

export const SAMPLE_URLS = `---
- section: gardening
  video:
    youtube: https://www.youtube.com/watch?v=abcDEF12345
- section: gardening
  article:
    isc: https://innersourcecommons.org/learn/learning-path/gardening/02
`

/** A small learning path in memory; `changes` adds, replaces or (with null) removes files. */
export function sampleTree(changes: Record<string, string | Uint8Array | null> = {}): SourceTree {
  const files: Record<string, string | Uint8Array | null> = {
    'scripts/section_data.json': JSON.stringify(SAMPLE_SECTIONS, null, 2),
    'config/urls.yaml': SAMPLE_URLS,
    'gardening/index.md': '---\ntitle: Gardening\nfeatured: true\n---\nGrow things together.\n',
    'gardening/01-soil.asciidoc': '== Soil\n\nGood soil is shared soil.\n',
    'gardening/02-seeds.asciidoc': '== Seeds\n\nSee https://innersourcecommons.org/learn/learning-path/gardening/01[the soil article].\n',
    'gardening/02-seeds-script.asciidoc': '== Seeds (video script)\n',
    'gardening/outline.asciidoc': '== Outline\n',
    'gardening/nl/index.md': '---\ntitle: Tuinieren\n---\nSamen kweken.\n',
    'gardening/nl/01-soil-nl.asciidoc':
      '== Grond\n\nZie https://innersourcecommons.org/learn/learning-path/gardening/02[zaden] en https://innersourcecommons.org/nl/learn/learning-path/gardening/01[grond].\n',
    'gardening/fr/02-seeds-fr.asciidoc': '== Graines\n\nVoir https://innersourcecommons.org/learn/learning-path/gardening/01[le sol].\n',
    'tool-shed/index.md': '---\ntitle: Tool Shed\n---\nKeep tools where all can find them.',
    'tool-shed/01-rakes.asciidoc': '== Rakes\n\nRakes are shared.\n',
    'tool-shed/nl/01-rakes-nl.asciidoc': '== Harken\n\nHarken worden gedeeld.\n',
    'workbook/01-gardening.asciidoc': '=== Questions\n\n. What makes soil good?\n',
    ...changes,
  }
  const present = Object.fromEntries(Object.entries(files).filter(([, content]) => content !== null)) as Record<string, string | Uint8Array>
  return createMemorySourceTree(present, 'sample')
}
