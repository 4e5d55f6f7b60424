import type { Scenario } from './slices/scenario';
import type { AppStore } from './store';
import { problemsMessage } from './share/problemsMessage';
import { decodeScenario, encodeScenario, URL_PARAMETERS } from './urlCodec';
import { HistoryPolicy } from './historyPolicy';

/** Write once edits settle: never per pointer move, and within browsers' history-call budget. */
export const URL_WRITE_DELAY_MS = 300;

/** Fields whose typing is one gesture: the entry is pushed once, then replaced until they are left. */
const isTextField = (target: EventTarget | null) => {
  const el = target as { tagName?: string; type?: string } | null;
  return (
    el?.tagName === 'TEXTAREA' ||
    (el?.tagName === 'INPUT' && ['text', 'number', 'search'].includes(el.type ?? ''))
  );
};

/** The scenario part of the state; the keys come from the URL table, so none is forgotten. */
const scenarioOf = (s: Scenario): Scenario =>
  Object.fromEntries(
    Object.keys(URL_PARAMETERS).map((k) => [k, s[k as keyof Scenario]]),
  ) as unknown as Scenario;

const sameScenario = (a: Scenario, b: Scenario) =>
  (Object.keys(URL_PARAMETERS) as (keyof Scenario)[]).every((k) => Object.is(a[k], b[k]));

/**
 * Keeps the address bar and the store in step: reads the URL at start and on back/forward
 * (popstate), and writes it from one subscription, debounced. A committed change pushes a history
 * entry and the rest of its gesture replaces it (see {@link HistoryPolicy}); a change that came from
 * reading the URL replaces, so Back and Forward never grow the history.
 * Returns a function that undoes the wiring.
 */
export function installUrlSync(store: AppStore, win: Window = window): () => void {
  const policy = new HistoryPolicy();
  // True while the store is being set from the URL (and during the start's synchronous wiring,
  // such as a lesson link opening its step): those changes belong to the entry already there.
  let restoring = true;
  let replaceNext = false;
  queueMicrotask(() => (restoring = false));

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
  const schedule = (ms: number) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(write, ms);
  };
  const write = () => {
    timer = undefined;
    const search = encodeScenario(scenarioOf(store.getState()));
    if (search === win.location.search) {
      replaceNext = false;
      return;
    }
    const now = Date.now();
    const wait = policy.delayBeforeNextCall(now);
    if (wait > 0) {
      schedule(wait);
      return;
    }
    const call = policy.callFor(replaceNext);
    replaceNext = false;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    if (call === 'push') win.history.pushState(null, '', url);
    else win.history.replaceState(win.history.state, '', url);
    policy.recordCall(now);
  };
  const unsubscribe = store.subscribe(
    (s) => scenarioOf(s),
    () => {
      if (restoring) replaceNext = true;
      schedule(URL_WRITE_DELAY_MS);
    },
    { equalityFn: sameScenario },
  );
  const onPopState = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    restoring = true;
    readUrl();
    restoring = false;
  };
  win.addEventListener('popstate', onPopState);
  const begin = () => policy.beginGesture();
  const end = () => policy.endGesture();
  const onFocusIn = (e: FocusEvent) => isTextField(e.target) && begin();
  const onFocusOut = (e: FocusEvent) => isTextField(e.target) && end();
  const onKeyDown = (e: KeyboardEvent) => e.key === 'Enter' && isTextField(e.target) && end();
  win.addEventListener('pointerdown', begin, true);
  win.addEventListener('pointerup', end, true);
  win.addEventListener('pointercancel', end, true);
  win.addEventListener('focusin', onFocusIn, true);
  win.addEventListener('focusout', onFocusOut, true);
  win.addEventListener('keydown', onKeyDown, true);
  // Flush a pending write when the page is hidden, so a link copied from the address bar is current.
  const onHide = () => timer !== undefined && (clearTimeout(timer), write());
  win.addEventListener('pagehide', onHide);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
    win.removeEventListener('pagehide', onHide);
    win.removeEventListener('pointerdown', begin, true);
    win.removeEventListener('pointerup', end, true);
    win.removeEventListener('pointercancel', end, true);
    win.removeEventListener('focusin', onFocusIn, true);
    win.removeEventListener('focusout', onFocusOut, true);
    win.removeEventListener('keydown', onKeyDown, true);
    if (timer !== undefined) clearTimeout(timer);
  };
}

const isKnown = (name: string) => Object.values(URL_PARAMETERS).some((p) => p.name === name);
