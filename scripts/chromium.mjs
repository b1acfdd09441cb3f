// Finds the Chrome or Chromium the browser tests and the performance report drive, so the README's
// test command is the whole set-up: CHROMIUM_PATH if set, else the usual install locations on Linux,
// macOS and Windows; on Debian or Ubuntu as root, Debian's Chromium is installed when none is found.
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import path from 'node:path';

/** Where Chrome and Chromium are usually installed, most likely first, for one platform. */
export function candidatePaths(platform, env = {}) {
  if (platform === 'darwin') {
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      path.posix.join(env.HOME ?? '~', 'Applications/Google Chrome.app/Contents/MacOS/Google Chrome'),
    ];
  }
  if (platform === 'win32') {
    return [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA]
      .filter(Boolean)
      .flatMap((root) => [path.win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'), path.win32.join(root, 'Chromium', 'Application', 'chrome.exe')]);
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];
}

/**
 * The browser to use: CHROMIUM_PATH when set (an error if nothing is there: a wrong setting is not
 * silently replaced), else the first installed candidate, else null.
 */
export function findChromium({platform = process.platform, env = process.env, exists = existsSync} = {}) {
  if (env.CHROMIUM_PATH) {
    if (!exists(env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, and nothing is there`);
    return env.CHROMIUM_PATH;
  }
  return candidatePaths(platform, env).find((candidate) => exists(candidate)) ?? null;
}

/** The one command a reader must run where the browser cannot be found or installed here. */
export function installAdvice(platform) {
  if (platform === 'darwin') return 'brew install --cask chromium (or install Google Chrome), or set CHROMIUM_PATH';
  if (platform === 'win32') return 'install Google Chrome, or set CHROMIUM_PATH to chrome.exe';
  return 'sudo apt-get install -y chromium (or your distribution\'s chromium package), or set CHROMIUM_PATH';
}

/**
 * findChromium, and on Debian or Ubuntu as root, Debian's Chromium installed with apt-get when none
 * is found (saying so). Returns the path, or throws with the one command the reader must run.
 */
export function ensureChromium({log = console.log} = {}) {
  const found = findChromium();
  if (found) return found;
  const canApt = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canApt) {
    log('No Chrome or Chromium found: installing Debian\'s chromium with apt-get (a few minutes, once).');
    for (const args of [['update', '-qq'], ['install', '-y', '-qq', 'chromium']]) {
      const result = spawnSync('apt-get', args, {stdio: 'inherit', env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'}});
      if (result.status !== 0) break;
    }
    const installed = findChromium();
    if (installed) return installed;
  }
  throw new Error(`no Chrome or Chromium found; run: ${installAdvice(process.platform)}`);
}
