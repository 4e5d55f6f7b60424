import type { Distribution } from '../distributions/types';
import { familyOf } from '../families/registry';

/**
 * Formats a distribution in the spec grammar (see parse.ts), with each number as JavaScript's
 * shortest round-tripping decimal, so `parseSpec(formatSpec(d))` gives back d exactly. Each family
 * module formats its own parameters.
 */
export const formatSpec = (d: Distribution): string => familyOf(d).format(d);
