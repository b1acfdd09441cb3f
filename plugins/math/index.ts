import remarkMath from 'remark-math';
import type {PluginOptions} from '@docusaurus/plugin-content-docs';
import rehypeMath from './rehypeMath';

/**
 * The docs plugin's options with the lessons' math added: remark-math reads `$$ ... $$` (and `$$x$$`
 * within a line), with single-dollar math off so prices ("$6 per hour", "$2 and $3") stay text, and
 * rehypeMath makes each formula MathML before the code highlighter runs (it would take "math" for an
 * unknown language).
 *
 * Applied by plugins/lessons rather than listed in docusaurus.config.ts: Docusaurus puts the site
 * config, plugin options included, into the JavaScript every page loads, and these entries would
 * add to it for nothing (functions become null there, but options and list slots stay).
 */
export function withLessonMath(options: PluginOptions): PluginOptions {
  return {
    ...options,
    remarkPlugins: [...options.remarkPlugins, [remarkMath, {singleDollarTextMath: false}]],
    rehypePlugins: [rehypeMath, ...options.rehypePlugins],
  };
}
