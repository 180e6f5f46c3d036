import { lstat, readdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { gitBlobSha } from '../plan/blob-sha.js'
import { changedPaths, isEmptyPlan, planCounts, type ChangePlan } from '../plan/plan-changes.js'
import type { PublishRequest, PublishResult, Site, SiteSnapshot } from './site.js'
import { normalizeTreePath } from '../shared/tree-path.js'
import { fileSystemOptionError } from '../shared/file-system-error.js'
import { makeFolder } from '../shared/make-folder.js'
import { nearestNames } from '../shared/nearest-names.js'
import { OptionError, UserError } from '../shared/user-error.js'
import { finishWriting, startWriting } from '../shared/write-progress.js'

/** The option naming the folder: the CLI's `--out`. */
const OUT = 'out'

/**
 * The pages folder of a site checkout on disk (what `target-path` names inside the repository).
 * Same plan, same protection rules as on GitHub; the result is files written in place.
 */
export class LocalSite implements Site {
  private readonly root: string

  constructor(
    folder: string,
    /**
     * `createTargetPath`: create the folder when it is missing (the render command); else a
     * missing folder is refused. `force`: write into a folder that looks like another one.
     */
    private readonly options: { createTargetPath?: boolean; force?: boolean } = {},
  ) {
    this.root = path.resolve(folder)
  }

  async check(): Promise<void> {
    const info = await lstat(this.root).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return null
      throw fileSystemOptionError(error, OUT) ?? error
    })
    if (info && !info.isDirectory()) throw new OptionError(OUT, `${this.root} is a file, not a folder`)
    // A typo would otherwise put every page into a new folder.
    if (!info && !this.options.createTargetPath) throw await this.missingFolder()
  }

  /** The folder does not exist: most likely a typo, so the folders nearest to what was typed; a new site is the exception. */
  private async missingFolder(): Promise<OptionError> {
    let parent = path.dirname(this.root)
    let wanted = path.basename(this.root)
    while (!(await lstat(parent).catch(() => null))?.isDirectory() && path.dirname(parent) !== parent) {
      wanted = path.basename(parent)
      parent = path.dirname(parent)
    }
    const folders = await readdir(parent, { withFileTypes: true }).then(
      (entries) => entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name),
      () => [],
    )
    const nearest = nearestNames(wanted, folders).map((name) => path.join(parent, name))
    return new OptionError(
      OUT,
      (name) =>
        `${this.root} does not exist: check its spelling` +
        `${nearest.length ? ` (nearest folders: ${nearest.join(', ')})` : ` (${parent} has no folders)`}; ` +
        `only to start a new site there, ${name('create-target-path', 'true')} creates it`,
    )
  }

  repositoryPath(relPath: string): string {
    return path.join(this.root, ...relPath.split('/'))
  }

  async load(): Promise<SiteSnapshot> {
    try {
      return await this.loadFiles()
    } catch (error) {
      throw fileSystemOptionError(error, OUT) ?? error
    }
  }

  private async loadFiles(): Promise<SiteSnapshot> {
    await this.check()
    const files = new Map<string, string>()
    const walk = async (dir: string, prefix: string): Promise<void> => {
      let entries
      try {
        entries = await readdir(dir, { withFileTypes: true })
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return // an empty site: every page is new
        throw error
      }
      for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
        if (entry.name === '.git') continue
        const rel = prefix + entry.name
        if (entry.isDirectory()) await walk(path.join(dir, entry.name), rel + '/')
        else if (entry.isFile()) files.set(rel, gitBlobSha(await readFile(path.join(dir, entry.name))))
      }
    }
    await walk(this.root, '')
    return {
      files,
      read: (rel) => readFile(this.repositoryPath(rel), 'utf8'),
      label: this.root,
      readSiteFile: (paths) => this.readSiteFile(paths),
    }
  }

  /**
   * A file of the site checkout the pages folder is in: the first of `paths` found in the
   * nearest folder above (or at) the pages folder that has one, looking no higher than the
   * site's root (the folder holding `.git`, or the `content` folder the pages are in).
   */
  private async readSiteFile(paths: readonly string[]): Promise<{ path: string; text: string } | null> {
    const info = (file: string) => lstat(file).catch(() => null)
    for (let dir = this.root; ; dir = path.dirname(dir)) {
      for (const rel of paths) {
        const file = path.join(dir, ...rel.split('/'))
        if ((await info(file))?.isFile()) return { path: rel, text: await readFile(file, 'utf8') }
      }
      const top = (await info(path.join(dir, '.git'))) !== null || (await info(path.join(dir, 'content')))?.isDirectory() === true
      if (top || path.dirname(dir) === dir) return null
    }
  }

  async publish(request: PublishRequest): Promise<PublishResult> {
    try {
      return await this.writePlan(request)
    } catch (error) {
      throw fileSystemOptionError(error, OUT) ?? error
    }
  }

  private async writePlan(request: PublishRequest): Promise<PublishResult> {
    const { plan } = request
    await this.refuseUnsafePaths(changedPaths(plan))
    if (!this.options.force) await this.refuseOtherFolder(plan)
    if (!isEmptyPlan(plan)) {
      startWriting({
        target: `the pages folder ${this.root}`,
        leftBehind: 'some pages may be new and others not yet; run the same command again to finish',
      })
    }
    for (const page of [...plan.add, ...plan.update]) {
      const file = this.repositoryPath(page.path)
      await makeFolder(path.dirname(file))
      await writeFile(file, page.content)
    }
    for (const page of plan.delete) {
      const file = this.repositoryPath(page.path)
      await rm(file, { force: true })
      await this.removeIfEmpty(path.dirname(file))
    }
    finishWriting()
    return {
      operation: isEmptyPlan(plan) ? 'none' : 'updated',
      changedFiles: changedPaths(plan).map((p) => this.repositoryPath(p)),
      counts: planCounts(plan),
    }
  }

  /**
   * A folder holding other things at its top level and no generated page is not a pages folder:
   * most likely the website's root (`sync --out SITE` for `SITE/content/en/learn/learning-path`),
   * where the pages would land in new folders beside the site's own. Refused before any write.
   */
  private async refuseOtherFolder(plan: ChangePlan): Promise<void> {
    // A page the folder has and the plan keeps, updates or deletes carries the marker.
    if (plan.unchanged.length + plan.update.length + plan.delete.length > 0) return
    const ours = new Set(
      [...plan.add, ...plan.protected, ...plan.update, ...plan.delete]
        .map((page) => page.path)
        .concat(plan.unchanged)
        .map((page) => page.split('/')[0]),
    )
    const names = await readdir(this.root).catch(() => [])
    const others = names.filter((name) => !name.startsWith('.') && !ours.has(name)).sort()
    if (others.length === 0) return
    const shown = others.slice(0, 5).join(', ') + (others.length > 5 ? `, … (${others.length} in all)` : '')
    throw new OptionError(
      OUT,
      (name) =>
        `${this.root} holds other files (${shown}) and no generated page: it does not look like the Learning Path's pages folder ` +
        `(such as SITE/content/en/learn/learning-path); nothing was written. Give that folder, or ${name('force', 'true')} to write here anyway`,
    )
  }

  /**
   * The snapshot lists real files only, so a link on a page's way (a linked file or section
   * folder) was never checked for the marker and may lead out of the folder: writing through it
   * could overwrite anything. A folder where a page goes cannot be written either. Every path
   * is checked before the first write, so a bad one writes nothing.
   */
  private async refuseUnsafePaths(relPaths: readonly string[]): Promise<void> {
    for (const relPath of relPaths) {
      if (normalizeTreePath(relPath) !== relPath || relPath === '')
        throw new UserError(`refusing to write outside ${this.root}: ${relPath}`)
      const parts = relPath.split('/')
      let at = this.root
      for (const [i, part] of parts.entries()) {
        at = path.join(at, part)
        const info = await lstat(at).catch(() => null)
        if (info === null) break // absent from here on: the sync creates it
        if (info.isSymbolicLink()) throw new UserError(`${at} is a link: the sync only writes real files and folders inside ${this.root}`)
        if (i === parts.length - 1 && !info.isFile()) throw new UserError(`cannot write page ${relPath}: ${at} exists and is not a file`)
      }
    }
  }

  /** A section folder whose last page was deleted goes too, as it would in git. */
  private async removeIfEmpty(dir: string): Promise<void> {
    if (dir === this.root || !dir.startsWith(this.root)) return
    if ((await readdir(dir)).length === 0) await rmdir(dir)
  }
}
