import {decodablePath} from './decodablePath';

test('a path decodeURI can read is kept as it is', () => {
  for (const path of ['/', '/ml-system-design/metrics', '/case-studies/fraud%20detecton', '/x/%F0%9F%99%82', '/%25']) {
    expect(decodablePath(path)).toBe(path);
  }
});

test('a malformed escape has every % escaped, and then decodes to the address as typed', () => {
  for (const path of ['/%E0%A4%A/qqqq', '/case-studies/%', '/x/%FF%FE', '/lessons%zz', '/a%2']) {
    expect(() => decodeURI(path)).toThrow(URIError);
    const fixed = decodablePath(path);
    expect(decodeURI(fixed)).toBe(path);
  }
});
