/**
 * Telling people apart by their Google account's email. Google compares addresses without case,
 * and a Gmail address without its dots or a `+tag` (Gmail ignores both), so a coach who types
 * `Ana.Silva@gmail.com` into the roster means the account that signs in as `anasilva@gmail.com`.
 */
const GMAIL = new Set(['gmail.com', 'googlemail.com']);

/** One spelling per account: lower case; Gmail without dots and `+tag`, on gmail.com. */
export function accountOf(email: string): string {
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf('@');
  if (at < 1) return address;
  const domain = address.slice(at + 1);
  if (!GMAIL.has(domain)) return address;
  const local = address.slice(0, at).split('+')[0]?.replace(/\./g, '') ?? '';
  return `${local}@gmail.com`;
}

/** True when both name the same account; a blank email names nobody. */
export const sameAccount = (a: string, b: string): boolean =>
  a.trim() !== '' && accountOf(a) === accountOf(b);
