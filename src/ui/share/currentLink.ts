import type { Scenario } from '../../state/slices/scenario';
import { useAppStore } from '../../state/store';
import { encodeScenario } from '../../state/urlCodec';

const scenarioOf = (): Scenario => useAppStore.getState();

/** The shareable address of what is on screen: this page with the scenario's query (spec grammar). */
export const currentLink = (): string =>
  `${window.location.origin}${window.location.pathname}${encodeScenario(scenarioOf())}`;
