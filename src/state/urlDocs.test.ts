import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { URL_PARAMETERS } from './urlCodec';

// The README's URL table is the public description of links: every parameter the codec reads must
// be documented there, so a new parameter cannot ship undocumented.
describe('README documents every URL parameter', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const table = readme.slice(
    readme.indexOf('## Sharing a scenario'),
    readme.indexOf('## The distribution spec grammar'),
  );
  const documented = new Set(
    [...table.matchAll(/^\| ([^|]+) \|/gm)].flatMap((m) =>
      [...m[1]!.matchAll(/`([^`]+)`/g)].map((c) => c[1]),
    ),
  );
  it.each(Object.values(URL_PARAMETERS).map((p) => p.name))('%s', (name) => {
    expect(documented.has(name)).toBe(true);
  });
});
