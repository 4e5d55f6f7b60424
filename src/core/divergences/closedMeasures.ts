import type { Distribution } from '../distributions/types';
import { closedFormsOf, familyOf } from '../families/registry';
import type { ClosedValues } from '../quadrature/measureIntegrands';
import { exactOrBeyond } from './types';

/** The measures a quadrature may be spared: the ones some families give in closed form. */
export type ClosedMeasures = ClosedValues;

/**
 * Every measure of (P, Q) that the families' closed forms give (exact, or +Infinity with the reason
 * 'beyond-double' where the formula overflowed): the entropy of each that has one, and KL in each
 * direction and H(P, Q) where P's family lists a closed form against Q's (`closedForms`). The rest
 * is left for quadrature or summation.
 */
export function closedMeasures(p: Distribution, q: Distribution): ClosedMeasures {
  const closed: ClosedMeasures = {};
  const mp = familyOf(p);
  const mq = familyOf(q);
  if (mp.entropy) closed.hP = exactOrBeyond(mp.entropy(p));
  if (mq.entropy) closed.hQ = exactOrBeyond(mq.entropy(q));
  const pq = closedFormsOf(p, q);
  const qp = closedFormsOf(q, p);
  if (pq) closed.klPQ = exactOrBeyond(pq.kl(p, q));
  if (qp) closed.klQP = exactOrBeyond(qp.kl(q, p));
  if (pq?.crossEntropy) closed.cePQ = exactOrBeyond(pq.crossEntropy(p, q));
  return closed;
}
