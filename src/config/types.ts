/** One entry of `scripts/section_data.json`, in the file's order. */
export interface SectionConfig {
  /** `learning_path_group`: the display name; lower-cased, it names the section in urls.yaml. */
  group: string
  /** Folder of the section under the source root, and of its pages on the site. */
  dirName: string
  /** Workbook file under `workbook/`; empty when the section has none. */
  workbook: string
  /** Front-matter image of the workbook page; absent: the page has no `image` key (docs/fidelity.md). */
  workbookImage?: string
  /** Front-matter image of the section's index pages. */
  image: string
  /** false: English articles are published with front matter only (no body). */
  renderArticles: boolean
  /** Position in section_data.json: the weight of the section's index pages. */
  position: number
}

/** The video links of one article, from `config/urls.yaml`. */
export interface VideoLinks {
  /** YouTube video id, `''` when the article has no video (or its link is invalid). */
  youtubeCode: string
  /**
   * The entry's video link is unusable (not a YouTube URL): the article pages it belongs to
   * fail, not the run. Where and what, for the content error.
   */
  invalid?: { file: string; line?: number; message: string }
}

/** Everything the engine reads from the two configuration files. */
export interface LearningPathConfig {
  sections: SectionConfig[]
  /** Per urls.yaml section name (e.g. `trusted committer`), its entries in order: entry n is article n. */
  videos: Map<string, VideoLinks[]>
  /** Where the configuration came from, for messages. */
  sectionsFile: string
  urlsFile: string
}
