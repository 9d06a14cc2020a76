/** A bad input, named by the field (or cell) it came from, so a form can show it in place. */
export interface Problem {
  readonly field: string;
  readonly message: string;
}

/** Thrown when input is refused; carries every problem found, not just the first. */
export class InvalidInput extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(problems.map((p) => `${p.field}: ${p.message}`).join('\n'));
    this.name = 'InvalidInput';
  }
}
