/** Unit tests: TypeScript and JSX compiled by SWC, React components rendered in jsdom. */
export default {
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/src', '<rootDir>/plugins'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {jsc: {parser: {syntax: 'typescript', tsx: true}, transform: {react: {runtime: 'automatic'}}}},
    ],
  },
  // stemmer (search) and leven (the 404 page) ship only as ES modules: compile them like the project's own code.
  transformIgnorePatterns: ['/node_modules/(?!(stemmer|leven)/)'],
  moduleNameMapper: {
    '\\.module\\.css$': '<rootDir>/src/test/cssModuleStub.cjs',
    '^@docusaurus/Link$': '<rootDir>/src/test/LinkStub.tsx',
  },
  setupFilesAfterEnv: ['@testing-library/jest-dom'],
};
