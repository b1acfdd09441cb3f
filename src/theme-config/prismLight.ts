import type {PrismTheme} from 'prism-react-renderer';

/**
 * A light code theme whose every token colour has at least 4.5:1 contrast on its background
 * (the bundled light themes go down to 1.6:1, which fails WCAG AA and the site's axe tests).
 */
const prismLight: PrismTheme = {
  plain: {color: '#1f2328', backgroundColor: '#f6f8fa'},
  styles: [
    {types: ['comment', 'prolog', 'doctype', 'cdata'], style: {color: '#57606a', fontStyle: 'italic'}},
    {types: ['punctuation'], style: {color: '#1f2328'}},
    {types: ['keyword', 'operator', 'atrule', 'important', 'deleted'], style: {color: '#b3202a'}},
    {types: ['string', 'char', 'attr-value', 'regex', 'inserted'], style: {color: '#0a3069'}},
    {types: ['number', 'boolean', 'constant', 'symbol', 'property', 'variable'], style: {color: '#0550ae'}},
    {types: ['function', 'class-name', 'tag', 'selector', 'attr-name'], style: {color: '#6f3fc4'}},
    {types: ['builtin', 'namespace', 'entity', 'url'], style: {color: '#7a4500'}},
  ],
};

export default prismLight;
