// Replaces theme-common's reactUtils for the modules that import it (see index.ts). Everything is
// the original except useShallowMemoObject, which sorted an object's keys with localeCompare: the
// first localeCompare in a page sets up the browser's collation data (24–113 ms of main-thread time
// in a fresh Chromium on this machine, before Lighthouse's 4x slowdown), in the middle of hydrating
// every docs page (the mobile sidebar's navbar filler calls it). Keys only need a fixed order.
//
// Named, not `export *`: the bundler dropped a star re-export of the aliased module. A unit test
// checks this list against the original's exports; tsconfig.json maps the alias to the original for
// the type checker.
export {useEvent, usePrevious, ReactContextError, composeProviders} from 'theme-common-react-utils-original';
export {useShallowMemoObject} from './shallowMemoObject';
