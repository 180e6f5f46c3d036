// The sample learning path rendered, with each page's file text, and the check that a bad file
// changes nothing but its own pages.
import { expect } from 'vitest'
import { serializePage } from '../../src/render/serialize.js'
import { renderSources } from '../../src/sync.js'
import { sampleTree } from './sample-tree.js'

export type SampleRenderOptions = NonNullable<Parameters<typeof renderSources>[1]>

/** `sampleTree(changes)` rendered; `files` maps each page's path to its file text. */
export async function renderSample(changes: Record<string, string | Uint8Array | null> = {}, options: SampleRenderOptions = {}) {
  const result = await renderSources(sampleTree(changes), options)
  return { ...result, files: new Map(result.pages.map((page) => [page.path, serializePage(page)])) }
}

/** Every page of the clean sample but `failed` is in `files`, byte for byte; `failed` are not, and nothing else is. */
export async function expectOtherPagesUnchanged(files: Map<string, string>, failed: string[]): Promise<void> {
  const clean = await renderSample()
  for (const [path, text] of clean.files) if (!failed.includes(path)) expect(files.get(path), path).toBe(text)
  for (const path of failed) expect(files.has(path), path).toBe(false)
  expect(files.size).toBe(clean.files.size - failed.length)
}
