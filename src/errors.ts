// Errors that are the caller's mistake in how iocc was invoked (exit code 2), as opposed to problems
// in rule files (diagnostics, exit code 1). Anything else escaping to the CLI is a bug in iocc.

export class UsageError extends Error {
  readonly hint: string | undefined;
  constructor(message: string, hint?: string) {
    super(message);
    this.name = 'UsageError';
    this.hint = hint;
  }
}
