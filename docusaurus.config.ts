import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type {PluginOptions as DocsOptions} from '@docusaurus/plugin-content-docs';
import remarkLessonComponentImports from './plugins/component-imports';
import rehypeShikiHighlight from './plugins/shiki-highlight';
import {SSR_TEMPLATE} from './plugins/lean-client-bundle/ssrTemplate';
import {SECTIONS} from './plugins/lessons/sidebar';

// Deployment sets these (see README); the defaults serve the site from the root of localhost.
const siteUrl = process.env.SITE_URL ?? 'http://localhost:3000';
const baseUrl = process.env.BASE_URL ?? '/';

/** Matches the paths under the base URL that `pattern` (a regular expression's source) describes. */
const underBase = (pattern: string) => `^${baseUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:${pattern})`;

const docsOptions: Partial<DocsOptions> = {
  // Tests point this at fixture lessons to check that bad front matter fails the build.
  path: process.env.LESSONS_PATH ?? 'docs',
  routeBasePath: '/',
  sidebarPath: './sidebars.ts',
  showLastUpdateTime: false,
  // Each lesson imports only the components it uses, so no page carries code for the others.
  remarkPlugins: [remarkLessonComponentImports],
  rehypePlugins: [rehypeShikiHighlight],
  // The lessons plugin adds the math plugins (TeX in `$$ ... $$`, single-dollar math off so prices
  // stay text); plugins/math/index.ts says why they are not listed here.
};

const config: Config = {
  title: 'ML System Design Guide',
  tagline: 'Drive a 45-minute ML system design interview from a vague prompt to a defensible system.',
  url: siteUrl,
  baseUrl,
  trailingSlash: false,
  favicon: 'img/favicon.svg',

  // Scripts load after the first paint (see the template for why).
  ssrTemplate: SSR_TEMPLATE,

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  future: {
    v4: true,
    faster: {
      swcJsLoader: true,
      swcJsMinimizer: true,
      swcHtmlMinimizer: true,
      lightningCssMinimizer: true,
      rspackBundler: true,
      mdxCrossCompilerCache: true,
      ssgWorkerThreads: true,
      // Off on purpose: the persistent cache does not notice changes to the site's own bundler
      // plugins (plugins/lean-client-bundle, the remark plugin), so a build could ship stale output,
      // and loading it made builds slower here (17 s with it, 9 s without, 38 pages on 2 cores).
      rspackPersistentCache: false,
    },
  },

  i18n: {defaultLocale: 'en', locales: ['en']},

  markdown: {
    mermaid: true,
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  presets: [
    [
      'classic',
      {
        // Docs come from the lessons plugin below, which wraps the docs plugin with the lesson model.
        docs: false,
        blog: false,
        pages: {},
        theme: {customCss: './src/css/custom.css'},
        sitemap: {changefreq: 'weekly', priority: 0.5, filename: 'sitemap.xml'},
      } satisfies Preset.Options,
    ],
  ],

  // decodablePath first: it fixes an undecodable address before Docusaurus reads it.
  clientModules: ['./src/clientModules/decodablePath.ts', './src/clientModules/print.ts', './src/clientModules/scrollActivity.ts'],

  plugins: [
    ['./plugins/lessons/index.ts', docsOptions],
    './plugins/lesson-catalog/index.ts',
    './plugins/mock-interview/index.ts',
    './plugins/lesson-previews/index.ts',
    './plugins/lean-client-bundle/index.ts',
    './plugins/progress/index.ts',
    './plugins/study-plans/index.ts',
    // Fixture builds (LESSONS_PATH) lack the lessons the cheat sheet is made from.
    ['./plugins/cheat-sheet/index.ts', {requireSources: !process.env.LESSONS_PATH}],
    // Offline search over the lessons (MiniSearch): the index is written from the built pages and the
    // lesson model after the build, and served with the site. See README, Search.
    './plugins/search/index.ts',
    './plugins/offline/index.ts',
  ],

  themes: [
    '@docusaurus/theme-mermaid',
  ],

  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    metadata: [{name: 'theme-color', content: '#1f5c99'}],
    navbar: {
      title: 'ML System Design Guide',
      // One item per place, exactly one of them highlighted on any page but the home page (whose
      // place is the title) and the search page (the search box's): the catalog and every lesson are
      // "Lessons"; the first step is the home page's one start button.
      items: [
        {
          to: '/lessons',
          label: 'Lessons',
          position: 'left',
          activeBaseRegex: underBase(`lessons$|(?:${SECTIONS.map((section) => section.dirName).join('|')})/`),
        },
        {to: '/learning-path', label: 'Learning path', position: 'left'},
        {
          type: 'dropdown',
          label: 'Practice',
          position: 'left',
          // Highlights the dropdown's own label on its pages (src/theme/NavbarItem/DropdownNavbarItem).
          activeBaseRegex: underBase('practice/'),
          items: [
            {to: '/practice/study-plans', label: 'Study plans'},
            {to: '/practice/group', label: 'Study group'},
            {to: '/practice/mock-interview', label: 'Mock interview'},
            {to: '/practice/cheat-sheet', label: 'Cheat sheet'},
            {to: '/practice/progress', label: 'Your progress'},
            {to: '/practice/review', label: 'Questions to review'},
          ],
        },
        {type: 'search', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Guide',
          items: [
            {label: 'Home', to: '/'},
            {label: 'Lessons', to: '/lessons'},
            {label: 'Learning path', to: '/learning-path'},
          ],
        },
        {
          title: 'Practice',
          items: [
            {label: 'Study plans', to: '/practice/study-plans'},
            {label: 'Study group', to: '/practice/group'},
            {label: 'Mock interview', to: '/practice/mock-interview'},
            {label: 'Cheat sheet', to: '/practice/cheat-sheet'},
            {label: 'Your progress', to: '/practice/progress'},
            {label: 'Questions to review', to: '/practice/review'},
          ],
        },
      ],
      copyright: 'An open study guide for ML system design interviews.',
    },
    docs: {sidebar: {hideable: true}},
    tableOfContents: {minHeadingLevel: 2, maxHeadingLevel: 3},
    // Both code themes keep every token at 4.5:1 contrast or more (checked by the axe tests).
  } satisfies Preset.ThemeConfig,
};

export default config;
