import type { Problem } from '../core/problem';

/**
 * The server refuses input with one "field: message" line per problem. Field ids can hold ": "
 * (an exercise called "Row: single arm"), so lines are matched against the fields this view has.
 */
export function problemsFrom(error: Error, fields: readonly string[]): Problem[] {
  const byLength = [...fields].sort((a, b) => b.length - a.length);
  // Google may prefix what the server threw with "Exception: " or "Error: ".
  const message = error.message.replace(/^(Exception|Error): /, '');
  return message.split('\n').map((line) => {
    const field = byLength.find((f) => line.startsWith(`${f}: `));
    return field === undefined
      ? { field: 'form', message: line }
      : { field, message: line.slice(field.length + 2) };
  });
}
