import {test} from 'node:test';
import assert from 'node:assert/strict';
import {candidatePaths, findChromium, installAdvice} from './chromium.mjs';

const only = (...present) => (file) => present.includes(file);

test('CHROMIUM_PATH wins, and a wrong one is an error rather than silently replaced', () => {
  assert.equal(findChromium({platform: 'linux', env: {CHROMIUM_PATH: '/opt/c/chrome'}, exists: only('/opt/c/chrome', '/usr/bin/chromium')}), '/opt/c/chrome');
  assert.throws(() => findChromium({platform: 'linux', env: {CHROMIUM_PATH: '/nowhere'}, exists: only('/usr/bin/chromium')}), /CHROMIUM_PATH is set to \/nowhere/);
});

test('the usual locations are tried in order on each platform', () => {
  assert.equal(findChromium({platform: 'linux', env: {}, exists: only('/usr/bin/google-chrome', '/snap/bin/chromium')}), '/usr/bin/google-chrome');
  assert.equal(
    findChromium({platform: 'darwin', env: {HOME: '/Users/a'}, exists: only('/Users/a/Applications/Google Chrome.app/Contents/MacOS/Google Chrome')}),
    '/Users/a/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  );
  const windows = candidatePaths('win32', {PROGRAMFILES: 'C:\\Program Files', LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local'});
  assert.equal(windows[0], 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
  assert.ok(windows.includes('C:\\Users\\a\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe'));
});

test('nothing installed: null, and advice that names one command', () => {
  assert.equal(findChromium({platform: 'linux', env: {}, exists: () => false}), null);
  assert.match(installAdvice('linux'), /apt-get install -y chromium/);
  assert.match(installAdvice('darwin'), /brew install/);
});
