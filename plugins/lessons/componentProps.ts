import {parseExpressionAt} from 'acorn';
import type {Node} from 'acorn';

/**
 * Reads the props a lesson passes to one of the site's components, straight from the MDX source,
 * so that pages built from many lessons (the mock interview's phases, the review page's questions)
 * use the very data the lessons show, with no second copy. Only literal props are understood:
 * strings, numbers, booleans, null, arrays and plain objects. Anything else is an error, because
 * a prop this reader cannot see would silently drop out of those pages.
 */

export class ComponentPropsError extends Error {}

/** The source with fenced code blocks blanked out (same length), so examples in code are not read. */
function withoutCodeBlocks(source: string): string {
  return source.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, (block) => block.replace(/[^\n]/g, ' '));
}

function staticValue(node: Node, describe: () => string): unknown {
  const fail = (what: string): never => {
    throw new ComponentPropsError(`${describe()}: ${what} is not a literal value`);
  };
  const n = node as Node & Record<string, any>;
  switch (n.type) {
    case 'Literal':
      return n.regex ? fail('a regular expression') : n.value;
    case 'TemplateLiteral':
      return n.expressions.length === 0 ? n.quasis[0].value.cooked : fail('a template with ${…}');
    case 'UnaryExpression':
      if (n.operator === '-' && n.argument.type === 'Literal' && typeof n.argument.value === 'number') {
        return -n.argument.value;
      }
      return fail(`the operator ${n.operator}`);
    case 'ArrayExpression':
      return n.elements.map((element: Node | null) =>
        element === null || element.type === 'SpreadElement' ? fail('a hole or spread') : staticValue(element, describe),
      );
    case 'ObjectExpression': {
      const object: Record<string, unknown> = {};
      for (const property of n.properties) {
        if (property.type !== 'Property' || property.computed || property.kind !== 'init') {
          fail('a spread, computed key or method');
        }
        const key = property.key.type === 'Identifier' ? property.key.name : String(property.key.value);
        object[key] = staticValue(property.value, describe);
      }
      return object;
    }
    default:
      return fail(`"${n.type}"`);
  }
}

/**
 * Every use of `<component …>` in the source, in order, as its props. Children are not read.
 * Throws ComponentPropsError naming the component, the attribute and the line when a prop is not a
 * literal or the tag cannot be read.
 */
export function extractComponentProps(source: string, component: string): Array<Record<string, unknown>> {
  return extractComponentUses(source, component).map((use) => use.props);
}

/** One use of a component: its literal props and, unless it closes itself, its children's source. */
export type ComponentUse = {props: Record<string, unknown>; children?: string};

/**
 * Like extractComponentProps, with each use's children as MDX source (up to the first closing tag:
 * components read this way do not nest in themselves). Code blocks inside the children are kept.
 */
export function extractComponentUses(source: string, component: string): ComponentUse[] {
  const text = withoutCodeBlocks(source);
  const uses: ComponentUse[] = [];
  const tag = new RegExp(`<${component}(?=[\\s/>])`, 'g');
  for (const match of text.matchAll(tag)) {
    const line = text.slice(0, match.index).split('\n').length;
    const where = `<${component}> on line ${line}`;
    const props: Record<string, unknown> = {};
    let at = match.index + match[0].length;
    for (;;) {
      while (/\s/.test(text[at] ?? '')) at += 1;
      if (text.startsWith('/>', at) || text[at] === '>') break;
      const name = /^[A-Za-z_][\w-]*/.exec(text.slice(at, at + 100))?.[0];
      if (!name) {
        throw new ComponentPropsError(`${where}: cannot read the tag at "${text.slice(at, at + 20)}"`);
      }
      at += name.length;
      if (text[at] !== '=') {
        props[name] = true;
        continue;
      }
      at += 1;
      const quote = text[at];
      if (quote === '"' || quote === "'") {
        const end = text.indexOf(quote, at + 1);
        if (end < 0) throw new ComponentPropsError(`${where}: the value of "${name}" is not closed`);
        props[name] = text.slice(at + 1, end);
        at = end + 1;
      } else if (quote === '{') {
        let expression: Node;
        try {
          expression = parseExpressionAt(text, at + 1, {ecmaVersion: 'latest'});
        } catch (error) {
          throw new ComponentPropsError(`${where}: the value of "${name}" is not valid JavaScript (${(error as Error).message})`);
        }
        props[name] = staticValue(expression, () => `${where}, prop "${name}"`);
        at = expression.end;
        while (/\s/.test(text[at] ?? '')) at += 1;
        if (text[at] !== '}') throw new ComponentPropsError(`${where}: the value of "${name}" is not closed with }`);
        at += 1;
      } else {
        throw new ComponentPropsError(`${where}: the value of "${name}" must be quoted or in {…}`);
      }
    }
    if (text[at] === '>') {
      const close = text.indexOf(`</${component}>`, at + 1);
      if (close < 0) throw new ComponentPropsError(`${where}: the tag is not closed with </${component}>`);
      uses.push({props, children: source.slice(at + 1, close)});
    } else {
      uses.push({props});
    }
  }
  return uses;
}
