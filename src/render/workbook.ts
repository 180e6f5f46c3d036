import type { SourceFile } from '../discover/types.js'
import type { Rendered } from './article.js'
import { convertAsciidoc } from './asciidoc.js'
import { asciidocWarnings } from './diagnostics.js'
import type { WorkbookTask } from './render-job.js'
import { workbookPagePath } from '../shared/page-paths.js'

/**
 * The section's workbook page (English only). Its weight is fixed by the English articles,
 * so it is the same whichever languages are rendered (the old scripts raced here).
 */
export function renderWorkbook(source: SourceFile, task: WorkbookTask): Rendered {
  const { section } = task
  const converted = convertAsciidoc(source.text, source.path)
  return {
    page: {
      path: workbookPagePath(section.dirName),
      kind: 'workbook',
      section: section.dirName,
      language: 'en',
      source: source.path,
      creditPath: source.path,
      contributors: [],
      frontMatter: {
        title: 'Workbook',
        // The old scripts wrote `image: undefined`, which YAML leaves out: no key, not `image: ""`.
        ...(section.workbookImage === undefined ? {} : { image: section.workbookImage }),
        weight: task.englishArticleCount + 1,
      },
      body: converted.html,
    },
    warnings: asciidocWarnings(converted.messages, source.path),
  }
}
