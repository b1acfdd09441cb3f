// Module hooks that let Node import the search plugin's browser query code unchanged: its
// extensionless relative imports get ".js", and its build-time constants module is replaced by the
// values the build generated (passed in as data).
export async function initialize(data) {
  constants = data.constants;
}
let constants = '';

export async function resolve(specifier, context, next) {
  if (specifier.endsWith('/proxiedGeneratedConstants')) {
    return {url: `data:text/javascript,${encodeURIComponent(constants)}`, shortCircuit: true};
  }
  if (/^\.\.?\//.test(specifier) && !/\.[cm]?js$/.test(specifier) && context.parentURL?.includes('docusaurus-search-local')) {
    return next(`${specifier}.js`, context);
  }
  return next(specifier, context);
}
