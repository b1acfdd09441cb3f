import {FALLBACK_DELAY_MS, IDLE_TIMEOUT_MS, registerWhenIdle, type RegistrationEnvironment} from './registerWhenIdle';

/** A browser whose load event, idle callbacks and timers run only when the test says so. */
function fakeBrowser({readyState = 'loading', idle = true, serviceWorker = true} = {}) {
  const registered: {url: string; scope?: string}[] = [];
  const pending = {load: [] as (() => void)[], idle: [] as {callback: () => void; timeout: number}[], timers: [] as {callback: () => void; ms: number}[]};
  const env: RegistrationEnvironment = {
    document: {readyState: readyState as DocumentReadyState},
    addEventListener: (_type, listener) => pending.load.push(listener),
    ...(idle && {requestIdleCallback: (callback, options) => pending.idle.push({callback, timeout: options.timeout})}),
    setTimeout: (callback, ms) => pending.timers.push({callback, ms}),
    navigator: serviceWorker
      ? {
          serviceWorker: {
            register: async (url: string | URL, options?: RegistrationOptions) => {
              registered.push({url: String(url), scope: options?.scope});
              return {} as ServiceWorkerRegistration;
            },
          },
        }
      : {},
  };
  return {env, registered, pending};
}

test('waits for the load event, then for an idle moment, before registering sw.js at the base URL', () => {
  const {env, registered, pending} = fakeBrowser();
  registerWhenIdle(env, '/guide/');
  expect(pending.idle).toHaveLength(0);
  pending.load.forEach((listener) => listener());
  expect(registered).toEqual([]);
  expect(pending.idle.map((entry) => entry.timeout)).toEqual([IDLE_TIMEOUT_MS]);
  pending.idle.forEach((entry) => entry.callback());
  expect(registered).toEqual([{url: '/guide/sw.js', scope: '/guide/'}]);
});

test('a page that has already loaded only waits for idle', () => {
  const {env, registered, pending} = fakeBrowser({readyState: 'complete'});
  registerWhenIdle(env, '/');
  expect(pending.load).toHaveLength(0);
  pending.idle.forEach((entry) => entry.callback());
  expect(registered).toEqual([{url: '/sw.js', scope: '/'}]);
});

test('without requestIdleCallback (Safari) it registers a few seconds after load', () => {
  const {env, registered, pending} = fakeBrowser({idle: false});
  registerWhenIdle(env, '/');
  pending.load.forEach((listener) => listener());
  expect(pending.timers.map((timer) => timer.ms)).toEqual([FALLBACK_DELAY_MS]);
  expect(registered).toEqual([]);
  pending.timers.forEach((timer) => timer.callback());
  expect(registered).toEqual([{url: '/sw.js', scope: '/'}]);
});

test('does nothing where service workers are unavailable', () => {
  const {env, pending} = fakeBrowser({serviceWorker: false});
  registerWhenIdle(env, '/');
  expect(pending.load).toHaveLength(0);
  expect(pending.idle).toHaveLength(0);
});

test('a refused registration is swallowed: the page works the same without offline reading', async () => {
  const {env} = fakeBrowser({readyState: 'complete'});
  const rejected = jest.fn(() => Promise.reject(new Error('SecurityError')));
  env.navigator.serviceWorker = {register: rejected};
  env.requestIdleCallback = (callback) => callback();
  registerWhenIdle(env, '/');
  await Promise.resolve();
  expect(rejected).toHaveBeenCalledTimes(1);
});
