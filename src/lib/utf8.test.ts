import {fnv1a, utf8Bytes} from './utf8';

test('encodes like Node does', () => {
  for (const text of ['abc', 'é', '—', '😀', 'a\u{10348}b', 'Größe']) {
    expect(utf8Bytes(text)).toEqual([...Buffer.from(text, 'utf8')]);
  }
});

test('FNV-1a matches the reference values', () => {
  // Published FNV-1a 32-bit test vectors.
  expect(fnv1a('')).toBe(0x811c9dc5);
  expect(fnv1a('a')).toBe(0xe40c292c);
  expect(fnv1a('foobar')).toBe(0xbf9cf968);
});
