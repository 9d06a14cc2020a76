import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Messages, messages } from '../../runtime/core/googleErrors';

/** Arguments that must reappear in the message, whatever the language. */
const ARGS: Partial<Record<keyof Messages, unknown[]>> = {
  noPermission: ['«m»', ['«s1»', '«s2»']],
  unwritable: ['«w»', 'object'],
  spillBlocked: ['«a1»'],
};

function render(msg: Messages, key: keyof Messages): { text: string; args: unknown[] } {
  const entry = msg[key];
  if (typeof entry === 'string') return { text: entry, args: [] };
  const args = ARGS[key] ?? ['«a»', '«b»', '«c»'].slice(0, entry.length);
  return { text: (entry as (...a: unknown[]) => string)(...args), args };
}

describe("Google's messages", () => {
  const keys = Object.keys(messages('en')) as (keyof Messages)[];

  it.each(LANGUAGES)('in %s keep every argument of every message', (language) => {
    const msg = messages(language);
    expect(Object.keys(msg).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      const { text, args } = render(msg, key);
      expect(text, key).not.toBe('');
      for (const arg of args.flat())
        if (String(arg).startsWith('«')) expect(text, key).toContain(arg);
    }
  });

  it.each(['es', 'pt'] as const)('in %s are all translated', (language) => {
    for (const key of keys) {
      expect(render(messages(language), key).text, key).not.toBe(render(messages('en'), key).text);
    }
  });

  it('list alternative scopes as Google does', () => {
    expect(messages('pt').noPermission('X.y', ['a', 'b'])).toMatch(
      /^Você não tem permissão para chamar X\.y\. Permissões necessárias: \(a \|\| b\)\./,
    );
    expect(messages('es').noPermission('X.y')).toBe('No cuentas con el permiso para llamar a X.y.');
  });
});
