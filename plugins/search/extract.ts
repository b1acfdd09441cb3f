import {Parser} from 'htmlparser2';

/** A part of a lesson page under one heading (the part before the first h2 has an empty anchor). */
export type PageSection = {heading: string; anchor: string; text: string};

/**
 * Elements whose text is not lesson content: the lesson header, heading link buttons, code for the
 * browser, and formulas (MathML's tokens run together as text, "TPTP+FP", and its annotation is TeX;
 * the prose around a formula names what it computes).
 */
const SKIPPED_TAGS = new Set(['header', 'button', 'script', 'style', 'svg', 'noscript', 'template', 'math']);
const SKIPPED_CLASSES = ['hash-link', 'copy-section-link'];
/** Elements after which words must not run together ("Data sources" + "event logs"). */
const BLOCK_TAGS = new Set(
  'address article aside blockquote br caption dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(' '),
);
const VOID_TAGS = new Set('area base br col embed hr img input link meta source track wbr'.split(' '));

/**
 * Reads a built lesson page: the text of its Markdown content (div.markdown), split at h2 and h3
 * headings, with a space wherever a block ends so words from neighbouring blocks never run together.
 */
export function extractSections(html: string): PageSection[] {
  const sections: PageSection[] = [{heading: '', anchor: '', text: ''}];
  let contentDepth = 0; // > 0 inside div.markdown
  let skipDepth = 0; // > 0 inside an element that is not content
  let heading: {anchor: string; text: string} | null = null;
  const stack: {tag: string; content: boolean; skip: boolean; heading: boolean; block: boolean}[] = [];
  const append = (text: string) => {
    if (heading) heading.text += text;
    else sections[sections.length - 1].text += text;
  };
  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        const classes = (attributes.class ?? '').split(/\s+/);
        const content = contentDepth === 0 && tag === 'div' && classes.includes('markdown');
        const skip =
          contentDepth > 0 &&
          (SKIPPED_TAGS.has(tag) || SKIPPED_CLASSES.some((name) => classes.includes(name)) || attributes['aria-label'] === 'About this lesson' ||
            // Drawn duplicates of text the page also gives in words (diagrams with a text alternative).
            attributes['aria-hidden'] === 'true');
        const isHeading = contentDepth > 0 && skipDepth === 0 && (tag === 'h2' || tag === 'h3') && !heading;
        if (isHeading) heading = {anchor: attributes.id ?? '', text: ''};
        if (VOID_TAGS.has(tag)) {
          if (contentDepth > 0 && skipDepth === 0 && BLOCK_TAGS.has(tag)) append(' ');
          return;
        }
        // Components lay out label and value spans as blocks ("Total:" beside "45 minutes"); Markdown's
        // own inline markup has no class, so a classed span ends a word.
        stack.push({tag, content, skip, heading: isHeading, block: BLOCK_TAGS.has(tag) || (tag === 'span' && Boolean(attributes.class))});
        // Minified pages leave some end tags out (<caption>...<thead>), so a block's start ends a word too.
        if (contentDepth > 0 && skipDepth === 0 && BLOCK_TAGS.has(tag)) append(' ');
        if (content) contentDepth += 1;
        if (skip) skipDepth += 1;
      },
      ontext(text) {
        if (contentDepth > 0 && skipDepth === 0) append(text);
      },
      onclosetag(tag) {
        if (VOID_TAGS.has(tag)) return;
        const open = stack.pop();
        if (!open) return;
        if (open.heading && heading) {
          sections.push({heading: clean(heading.text), anchor: heading.anchor, text: ''});
          heading = null;
        } else if (contentDepth > 0 && skipDepth === 0 && open.block) {
          append(' ');
        }
        if (open.content) contentDepth -= 1;
        if (open.skip) skipDepth -= 1;
      },
    },
    {decodeEntities: true},
  );
  parser.end(html);
  return sections.map((section) => ({...section, text: clean(section.text)})).filter((section) => section.heading || section.text);
}

function clean(text: string): string {
  return text.replace(/\u200b/g, '').replace(/\s+/g, ' ').trim();
}
