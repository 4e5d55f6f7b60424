import type { UrlProblem } from '../urlCodec';

/** Distinct problems named one by one; the rest are counted ("and 6,998 more"). */
export const PROBLEMS_LISTED = 5;
/** A parameter name longer than this is shortened in the message (a link can be 4,000+ characters). */
const NAME_SHOWN = 40;

const shorten = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * One message for everything a link or scenario file could not restore: each parameter named
 * (“p”) with why, so a hand-edited or other-version link says in one place what it dropped.
 * The message is bounded whatever the input: identical problems are counted once with their
 * number (“× 7,000”), and only the first {@link PROBLEMS_LISTED} distinct ones are spelled out.
 */
export function problemsMessage(
  problems: readonly UrlProblem[],
  source: 'link' | 'file',
  isKnown: (param: string) => boolean,
): string {
  const what = source === 'link' ? 'URL parameter' : 'Setting';
  const counts = new Map<string, number>();
  for (const p of problems) {
    const text = `${what} “${shorten(p.param, NAME_SHOWN)}” ${p.message}${isKnown(p.param) && source === 'link' ? ' (its default is used)' : ''}`;
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  const distinct = [...counts];
  const parts = distinct
    .slice(0, PROBLEMS_LISTED)
    .map(([text, n]) => (n > 1 ? `${text} (${n.toLocaleString('en-US')} times)` : text));
  const rest = distinct.slice(PROBLEMS_LISTED).reduce((sum, [, n]) => sum + n, 0);
  if (rest > 0) parts.push(`and ${rest.toLocaleString('en-US')} more`);
  const head =
    source === 'link'
      ? problems.length === 1
        ? ''
        : `This link could not be read entirely; the rest of it was restored. `
      : `The scenario file was restored in part; what could not be read kept its current value. `;
  return `${head}${parts.join('. ')}.`.replace(/\.\./g, '.');
}
