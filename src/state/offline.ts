import { registerSW } from 'virtual:pwa-register';
import type { AppStore } from './store';

/** Set by the build (vite.config.ts `define`): which build this page is. */
declare const __KL_BUILD__: string;

const SEEN_BUILD_KEY = 'kl-explorer:build';

/**
 * Issue 15: after one visit the app opens with no network. The service worker precaches the
 * build; a newer build installs in the background and is used from the next visit on, which
 * then says so in a dismissible note. The note compares this build with the one last opened in
 * this browser (localStorage), so it appears once per update.
 */
export function installOffline(store: AppStore): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  const note = (text: string) =>
    store.getState().pushMessage({ level: 'info', topic: 'offline', text });
  try {
    const seen = localStorage.getItem(SEEN_BUILD_KEY);
    if (seen !== null && seen !== __KL_BUILD__)
      note('KL Explorer was updated since your last visit.');
    localStorage.setItem(SEEN_BUILD_KEY, __KL_BUILD__);
  } catch {
    // Storage disabled (private mode, policy): no update note, everything else works.
  }
  registerSW({
    immediate: true,
    onNeedRefresh: () =>
      note('A new version of KL Explorer has been downloaded; it opens on your next visit.'),
    onRegisterError: (error: unknown) =>
      console.warn('KL Explorer: offline use is unavailable', error),
  });
}
