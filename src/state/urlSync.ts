import type { Scenario } from './slices/scenario';
import type { AppStore } from './store';
import { problemsMessage } from './share/problemsMessage';
import { decodeScenario, encodeScenario, URL_PARAMETERS } from './urlCodec';

/** Browsers throttle history.replaceState (Chrome: ~100 calls per 10 s); write once edits settle. */
export const URL_WRITE_DELAY_MS = 300;

/** The scenario part of the state; the keys come from the URL table, so none is forgotten. */
const scenarioOf = (s: Scenario): Scenario =>
  Object.fromEntries(
    Object.keys(URL_PARAMETERS).map((k) => [k, s[k as keyof Scenario]]),
  ) as unknown as Scenario;

const sameScenario = (a: Scenario, b: Scenario) =>
  (Object.keys(URL_PARAMETERS) as (keyof Scenario)[]).every((k) => Object.is(a[k], b[k]));

/**
 * Keeps the address bar and the store in step: reads the URL at start and on back/forward
 * (popstate), and writes it from one subscription, debounced, with replaceState.
 * Returns a function that undoes the wiring.
 */
export function installUrlSync(store: AppStore, win: Window = window): () => void {
  const readUrl = () => {
    const { scenario, problems } = decodeScenario(win.location.search);
    const state = store.getState();
    state.applyScenario(scenario);
    for (const key of Object.values(URL_PARAMETERS)) state.clearTopic(`url:${key.name}`);
    // Issue 7: one message says everything the link dropped (a hand-edited or other-version link).
    state.clearTopic('url');
    if (problems.length > 0)
      state.pushMessage({
        level: 'warning',
        topic: 'url',
        text: problemsMessage(problems, 'link', isKnown),
      });
  };
  readUrl();

  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    timer = undefined;
    const search = encodeScenario(scenarioOf(store.getState()));
    if (search !== win.location.search)
      win.history.replaceState(
        win.history.state,
        '',
        `${win.location.pathname}${search}${win.location.hash}`,
      );
  };
  const unsubscribe = store.subscribe(
    (s) => scenarioOf(s),
    () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(write, URL_WRITE_DELAY_MS);
    },
    { equalityFn: sameScenario },
  );
  const onPopState = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    readUrl();
  };
  win.addEventListener('popstate', onPopState);
  // Flush a pending write when the page is hidden, so a link copied from the address bar is current.
  const onHide = () => timer !== undefined && (clearTimeout(timer), write());
  win.addEventListener('pagehide', onHide);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
    win.removeEventListener('pagehide', onHide);
    if (timer !== undefined) clearTimeout(timer);
  };
}

const isKnown = (name: string) => Object.values(URL_PARAMETERS).some((p) => p.name === name);
