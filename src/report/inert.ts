// Text from the sources (titles, names, warnings) shown in Markdown that GitHub renders: it
// must not ping anyone, link anywhere or inject HTML, and must not break the table it sits in.

/**
 * `text` as plain Markdown text: no @mention, no link, no HTML, no table break. GitHub also links
 * `#12` and `owner/repo#12` to issues and `www.example.org` as a URL in plain text: a zero-width
 * space after `#` and inside `www.` breaks them too (issue 11).
 */
export function inert(text: string): string {
  return text
    .replace(/\r?\n|\r/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|#!~]/g, (ch) => `\\${ch}`)
    .replace(/@/g, '@\u200b')
    .replace(/:\/\//g, ':\u200b//')
    .replace(/#(?=[\p{L}\p{N}])/gu, '#\u200b')
    .replace(/\b(www)\./gi, '$1\u200b.')
}
