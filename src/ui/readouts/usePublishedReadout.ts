import { useEffect, useMemo } from 'react';
import { useAppStore } from '../../state/store';

type Attributes = { readonly [attribute: string]: string | number | undefined };

/**
 * The readout contract's attributes (`data-value`, `data-state`…) as the DOM carries them, undefined
 * ones left out, so that a component can spread the same object on its element and publish it.
 */
export function readoutAttributes(attributes: Attributes): Record<string, string> {
  return Object.fromEntries(
    Object.entries(attributes).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])),
  );
}

/**
 * Publishes a readout in the store under its test id (the readouts slice), for every consumer
 * (the lessons read answers there, not from the DOM), and returns the attributes to put on the
 * element, so that the DOM and the store never disagree. Withdrawn when the readout unmounts.
 */
export function usePublishedReadout(
  testId: string,
  attributes: Attributes,
): Record<string, string> {
  const attrs = readoutAttributes(attributes);
  const key = JSON.stringify(attrs);
  const stable = useMemo(() => JSON.parse(key) as Record<string, string>, [key]);
  const publish = useAppStore((s) => s.publishReadout);
  const withdraw = useAppStore((s) => s.withdrawReadout);
  useEffect(() => publish(testId, stable), [publish, testId, stable]);
  useEffect(() => () => withdraw(testId), [withdraw, testId]);
  return stable;
}
