import type { UrlProblem } from '../urlCodec';

/**
 * One message for everything a link or scenario file could not restore: each parameter named
 * (“p”) with why, so a hand-edited or other-version link says in one place what it dropped.
 */
export function problemsMessage(
  problems: readonly UrlProblem[],
  source: 'link' | 'file',
  isKnown: (param: string) => boolean,
): string {
  const what = source === 'link' ? 'URL parameter' : 'Setting';
  const parts = problems.map(
    (p) =>
      `${what} “${p.param}” ${p.message}${isKnown(p.param) && source === 'link' ? ' (its default is used)' : ''}`,
  );
  const head =
    source === 'link'
      ? problems.length === 1
        ? ''
        : `This link could not be read entirely; the rest of it was restored. `
      : `The scenario file was restored in part; what could not be read kept its current value. `;
  return `${head}${parts.join('. ')}.`.replace(/\.\./g, '.');
}
