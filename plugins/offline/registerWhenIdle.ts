/** The browser APIs registration needs; tests pass fakes. */
export type RegistrationEnvironment = {
  document: Pick<Document, 'readyState'>;
  addEventListener: (type: 'load', listener: () => void, options: {once: true}) => void;
  requestIdleCallback?: (callback: () => void, options: {timeout: number}) => unknown;
  setTimeout: (callback: () => void, ms: number) => unknown;
  navigator: {serviceWorker?: Pick<ServiceWorkerContainer, 'register'>};
};

/** Longest wait for an idle moment before registering anyway. */
export const IDLE_TIMEOUT_MS = 10_000;
/** Where requestIdleCallback is missing (Safari), how long after load to register. */
export const FALLBACK_DELAY_MS = 3_000;

/**
 * Registers the offline service worker once the page has loaded and the browser is idle, so its
 * download of every page never competes with what the reader is opening. Does nothing where
 * service workers are unavailable (old browsers, some private modes, non-secure origins).
 */
export function registerWhenIdle(env: RegistrationEnvironment, baseUrl: string): void {
  const container = env.navigator.serviceWorker;
  if (!container) return;
  const register = () => {
    container.register(`${baseUrl}sw.js`, {scope: baseUrl}).catch(() => {
      // Offline reading is an extra: a page works the same without it.
    });
  };
  const whenIdle = () => {
    if (env.requestIdleCallback) env.requestIdleCallback(register, {timeout: IDLE_TIMEOUT_MS});
    else env.setTimeout(register, FALLBACK_DELAY_MS);
  };
  if (env.document.readyState === 'complete') whenIdle();
  else env.addEventListener('load', whenIdle, {once: true});
}
