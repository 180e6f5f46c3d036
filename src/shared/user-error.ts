/**
 * How an entry point calls an option in what it prints: the CLI `--source-repository` (or the
 * environment variable it reads instead), the action its input `source-repository`. With a
 * value, how to set it: `--create-target-path`, `create-target-path: true`.
 */
export type OptionNamer = (option: string, value?: string) => string

/** The engine's own words, which are the action's: the input's name, `name: value` to set it. */
export const inputName: OptionNamer = (option, value) => (value === undefined ? option : `${option}: ${value}`)

/** A message that names options, worded by whichever entry point prints it. */
export type OptionWords = string | ((name: OptionNamer) => string)

function worded(words: OptionWords, name: OptionNamer): string {
  return typeof words === 'string' ? words : words(name)
}

/** Thrown for problems a user must fix (bad input, bad token, missing repository). One line. */
export class UserError extends Error {
  // A private field, so that errors compare (and print) by their message as before.
  readonly #words: OptionWords

  constructor(message: OptionWords) {
    super(worded(message, inputName))
    this.name = 'UserError'
    this.#words = message
  }

  /** The message with each option named as the entry point names it. */
  worded(name: OptionNamer): string {
    return worded(this.#words, name)
  }
}

/**
 * A problem with one option's value. The engine names the option by its input name
 * (`contributors`, `target-path`); each entry point words it for its users: the action as
 * `input 'contributors'`, the CLI as `--contributors`, and so any other option the problem names.
 */
export class OptionError extends UserError {
  /** What is wrong, without the option's name, in the engine's words: "github needs a token". */
  readonly problem: string
  readonly #problem: OptionWords

  constructor(
    readonly option: string,
    problem: OptionWords,
  ) {
    super((name) => `${name(option)}: ${worded(problem, name)}`)
    this.name = 'OptionError'
    this.problem = worded(problem, inputName)
    this.#problem = problem
  }

  /** The problem with each option it names worded by the entry point. */
  problemIn(name: OptionNamer): string {
    return worded(this.#problem, name)
  }
}

/**
 * A problem in one source file that fails only that file's pages. Stages throw it where the
 * file is read or converted; the render stage turns it into a ContentError and goes on.
 */
export class SourceFileError extends UserError {
  constructor(
    readonly file: string,
    /** What is wrong, without the file's name. */
    readonly problem: string,
    readonly line?: number,
  ) {
    super(`${file}: ${problem}`)
    this.name = 'SourceFileError'
  }
}
