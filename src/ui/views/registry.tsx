import type { ComponentType } from 'react';
import type { ViewId } from '../../state/views';
import { ExploreView } from '../explore/ExploreView';

export interface ViewEntry {
  /** The tab's label. */
  readonly label: string;
  readonly component: ComponentType;
}

/** One entry per view id; the mapped type makes a missing view a type error. */
export const VIEWS: { readonly [K in ViewId]: ViewEntry } = {
  explore: { label: 'Explore', component: ExploreView },
};
