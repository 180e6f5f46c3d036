/** Thrown for problems a user must fix (bad input, bad token, missing repository). One line. */
export class UserError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UserError'
  }
}

/**
 * A problem with one option's value. The engine names the option by its input name
 * (`contributors`, `target-path`); each entry point words it for its users: the action as
 * `input 'contributors'`, the CLI as `--contributors`.
 */
export class OptionError extends UserError {
  constructor(
    readonly option: string,
    /** What is wrong, without the option's name: "github needs a token". */
    readonly problem: string,
  ) {
    super(`${option}: ${problem}`)
    this.name = 'OptionError'
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
