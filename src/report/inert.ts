// Text from the sources (titles, names, warnings) shown in Markdown that GitHub renders: it
// must not ping anyone, link anywhere or inject HTML, and must not break the table it sits in.

/** `text` as plain Markdown text: no @mention, no link, no HTML, no table break. */
export function inert(text: string): string {
  return text
    .replace(/\r?\n|\r/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|#!~]/g, (ch) => `\\${ch}`)
    .replace(/@/g, '@\u200b')
    .replace(/:\/\//g, ':\u200b//')
}
