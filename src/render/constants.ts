/** Article image when the article has no video. */
export const DEFAULT_ARTICLE_IMAGE = 'images/learn/LP-article-default.png'

/** Put in front of the English text of a section index that has no translation yet. */
export const UNTRANSLATED_INDEX_PLACEHOLDER = 'This text will be translated soon.'

export function youtubeThumbnail(code: string): string {
  return `https://img.youtube.com/vi/${code}/mqdefault.jpg`
}
