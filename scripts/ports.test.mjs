import assert from 'node:assert/strict';
import {createServer} from 'node:net';
import {test} from 'node:test';
import {portIsFree} from './ports.mjs';

test('a port something listens on is not free; once it closes, it is', async () => {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address();
  assert.equal(await portIsFree(port), false);
  await new Promise((resolve) => server.close(resolve));
  assert.equal(await portIsFree(port), true);
});
