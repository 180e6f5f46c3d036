// The dashboard issue is found by this text in its body, never by its title (people rename
// issues; another issue may share a title). An HTML comment: GitHub shows nothing of it.

/** The hidden first line of the dashboard issue's body. */
export const DASHBOARD_MARKER = '<!-- learning-path-sync translation-dashboard -->'

/** What the issue search is asked for, quoted: the marker's words, which GitHub's index keeps in order. */
export const DASHBOARD_SEARCH_PHRASE = 'learning-path-sync translation-dashboard'
