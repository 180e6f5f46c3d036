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
