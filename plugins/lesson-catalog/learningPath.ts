import type {Difficulty} from '../lessons/difficulty';
import {orderByPrerequisites} from '../lessons/model';
import type {CatalogData, CatalogLesson, CatalogSection} from './catalog';

/** A lesson in the learning path: where it sits and what to read before it. */
export type PathEntry = {
  id: string;
  title: string;
  permalink: string;
  difficulty: Difficulty;
  minutes: number;
  section: string;
  /** 1-based place in the reading order. */
  position: number;
  /** 1-based step: 1 + the length of the longest chain of prerequisites leading to the lesson. */
  step: number;
  prerequisites: {id: string; title: string}[];
};

/** Consecutive lessons of one section in the reading order. */
export type PathGroup = {section: CatalogSection; entries: PathEntry[]};

export type GraphNode = {
  id: string;
  title: string;
  permalink: string;
  /** The title broken into lines that fit the box. */
  lines: string[];
  meta: string;
  x: number;
  y: number;
};

export type GraphEdge = {from: string; to: string; path: string};

/** The prerequisite graph drawn in layers, one row per step, in SVG user units. */
export type GraphLayout = {
  width: number;
  height: number;
  nodeWidth: number;
  nodeHeight: number;
  /** Line height of the titles, so the drawing matches the wrapping. */
  lineHeight: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
  rows: {step: number; y: number}[];
};

export type LearningPathData = {
  lessonCount: number;
  totalMinutes: number;
  stepCount: number;
  groups: PathGroup[];
  graph: GraphLayout;
};

type Prerequisites = Pick<CatalogLesson, 'id' | 'prerequisiteIds'>;

/** Step of each lesson (0-based here): 0 without prerequisites, else 1 + the deepest prerequisite. */
export function stepsOf(lessons: readonly Prerequisites[]): Map<string, number> {
  const steps = new Map<string, number>();
  for (const lesson of orderByPrerequisites(lessons)) {
    const known = lesson.prerequisiteIds.filter((id) => steps.has(id));
    steps.set(lesson.id, known.length === 0 ? 0 : 1 + Math.max(...known.map((id) => steps.get(id)!)));
  }
  return steps;
}

/** Breaks text into lines of at most `maxChars` characters at spaces (a longer word keeps its line). */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= maxChars) {
      lines[last] += ` ${word}`;
    } else {
      lines.push(word);
    }
  }
  return lines;
}

/** Number of pairs of edges that cross between two neighbouring layers, given each item's index. */
function crossingsBetween(pairs: readonly [number, number][]): number {
  let crossings = 0;
  for (let i = 0; i < pairs.length; i += 1) {
    for (let j = i + 1; j < pairs.length; j += 1) {
      const [a1, b1] = pairs[i];
      const [a2, b2] = pairs[j];
      if ((a1 - a2) * (b1 - b2) < 0) {
        crossings += 1;
      }
    }
  }
  return crossings;
}

/** A box in a layer: a lesson, or a bend that carries an edge across a layer it skips. */
type Item = {key: string; lessonId?: string; up: string[]; down: string[]};

export type GraphOptions = {
  nodeWidth: number;
  lineHeight: number;
  /** Characters per title line: the box holds about 20 at a 13 px font, even in a wide one like DejaVu Sans. */
  maxChars: number;
  gap: number;
  rowGap: number;
  gutter: number;
};

const DEFAULT_GRAPH_OPTIONS: GraphOptions = {
  nodeWidth: 184,
  lineHeight: 17,
  maxChars: 20,
  gap: 24,
  rowGap: 56,
  gutter: 72,
};

/**
 * Lays the prerequisite graph out in layers (a Sugiyama-style drawing): one row per step, edges that
 * skip rows routed through bends in the rows between, rows ordered by the barycentre of their
 * neighbours to reduce crossings (the order with the fewest crossings wins), and each box pulled
 * toward the boxes it connects to. Deterministic for a given input.
 */
export function layoutGraph(
  lessons: readonly CatalogLesson[],
  steps: ReadonlyMap<string, number>,
  options: Partial<GraphOptions> = {},
): GraphLayout {
  const opts = {...DEFAULT_GRAPH_OPTIONS, ...options};
  const rowCount = lessons.length === 0 ? 0 : Math.max(...lessons.map((lesson) => steps.get(lesson.id) ?? 0)) + 1;
  const layers: Item[][] = Array.from({length: rowCount}, () => []);
  const items = new Map<string, Item>();
  const layerOf = new Map<string, number>();
  const add = (layer: number, item: Item): void => {
    layers[layer].push(item);
    items.set(item.key, item);
    layerOf.set(item.key, layer);
  };
  for (const lesson of lessons) {
    add(steps.get(lesson.id) ?? 0, {key: lesson.id, lessonId: lesson.id, up: [], down: []});
  }
  const link = (upper: string, lower: string): void => {
    items.get(upper)!.down.push(lower);
    items.get(lower)!.up.push(upper);
  };
  const chains: {from: string; to: string; keys: string[]}[] = [];
  for (const lesson of lessons) {
    for (const prerequisite of lesson.prerequisiteIds) {
      if (!items.has(prerequisite)) {
        continue;
      }
      const keys = [prerequisite];
      for (let layer = layerOf.get(prerequisite)! + 1; layer < layerOf.get(lesson.id)!; layer += 1) {
        const key = `${prerequisite}->${lesson.id}@${layer}`;
        add(layer, {key, up: [], down: []});
        keys.push(key);
      }
      keys.push(lesson.id);
      keys.slice(1).forEach((key, index) => link(keys[index], key));
      chains.push({from: prerequisite, to: lesson.id, keys});
    }
  }

  // Order within each layer: start from the reading order, then sweep down and up by barycentre.
  const readingRank = new Map(lessons.map((lesson, index) => [lesson.id, index]));
  const rankOf = (item: Item): number =>
    item.lessonId !== undefined ? readingRank.get(item.lessonId)! : readingRank.get(item.key.split('->')[0])! + 0.5;
  let order = layers.map((layer) => [...layer].sort((a, b) => rankOf(a) - rankOf(b)));
  const indexIn = (current: Item[][]): Map<string, number> =>
    new Map(current.flatMap((layer) => layer.map((item, index) => [item.key, index] as const)));
  const totalCrossings = (current: Item[][]): number => {
    const index = indexIn(current);
    return current
      .slice(0, -1)
      .reduce(
        (sum, layer) =>
          sum + crossingsBetween(layer.flatMap((item) => item.down.map((key): [number, number] => [index.get(item.key)!, index.get(key)!]))),
        0,
      );
  };
  const sortByNeighbours = (current: Item[][], layer: number, direction: 'up' | 'down'): Item[] => {
    const index = indexIn(current);
    const key = (item: Item, position: number): number => {
      const neighbours = item[direction];
      return neighbours.length === 0
        ? position
        : neighbours.reduce((sum, other) => sum + index.get(other)!, 0) / neighbours.length;
    };
    return current[layer]
      .map((item, position) => ({item, key: key(item, position), position}))
      .sort((a, b) => a.key - b.key || a.position - b.position)
      .map(({item}) => item);
  };
  let best = order;
  let bestCrossings = totalCrossings(order);
  for (let sweep = 0; sweep < 8 && bestCrossings > 0; sweep += 1) {
    for (let layer = 1; layer < rowCount; layer += 1) {
      order = order.map((items, index) => (index === layer ? sortByNeighbours(order, layer, 'up') : items));
    }
    for (let layer = rowCount - 2; layer >= 0; layer -= 1) {
      order = order.map((items, index) => (index === layer ? sortByNeighbours(order, layer, 'down') : items));
    }
    const crossings = totalCrossings(order);
    if (crossings < bestCrossings) {
      best = order;
      bestCrossings = crossings;
    }
  }

  // Horizontal positions (box centres): packed first, then pulled toward neighbours while keeping
  // the order and the spacing (the mean of a left-packed and a right-packed placement is feasible).
  const widthOf = (item: Item): number => (item.lessonId !== undefined ? opts.nodeWidth : 0);
  const spacing = (a: Item, b: Item): number =>
    widthOf(a) / 2 + widthOf(b) / 2 + (a.lessonId !== undefined && b.lessonId !== undefined ? opts.gap : opts.gap / 2);
  const x = new Map<string, number>();
  for (const layer of best) {
    let cursor = 0;
    layer.forEach((item, index) => {
      cursor = index === 0 ? widthOf(item) / 2 : cursor + spacing(layer[index - 1], item);
      x.set(item.key, cursor);
    });
  }
  const widest = Math.max(0, ...best.map((layer) => (layer.length ? x.get(layer.at(-1)!.key)! : 0)));
  for (const layer of best) {
    const shift = (widest - (layer.length ? x.get(layer.at(-1)!.key)! : 0)) / 2;
    layer.forEach((item) => x.set(item.key, x.get(item.key)! + shift));
  }
  const place = (layer: Item[], direction: 'up' | 'down'): void => {
    const desired = layer.map((item) =>
      item[direction].length === 0
        ? x.get(item.key)!
        : item[direction].reduce((sum, key) => sum + x.get(key)!, 0) / item[direction].length,
    );
    const left = [...desired];
    for (let i = 1; i < layer.length; i += 1) {
      left[i] = Math.max(desired[i], left[i - 1] + spacing(layer[i - 1], layer[i]));
    }
    const right = [...desired];
    for (let i = layer.length - 2; i >= 0; i -= 1) {
      right[i] = Math.min(desired[i], right[i + 1] - spacing(layer[i], layer[i + 1]));
    }
    layer.forEach((item, i) => x.set(item.key, (left[i] + right[i]) / 2));
  };
  for (let pass = 0; pass < 4; pass += 1) {
    for (let layer = 1; layer < rowCount; layer += 1) place(best[layer], 'up');
    for (let layer = rowCount - 2; layer >= 0; layer -= 1) place(best[layer], 'down');
  }
  const leftEdge = Math.min(...[...items.values()].map((item) => x.get(item.key)! - widthOf(item) / 2));
  const rightEdge = Math.max(...[...items.values()].map((item) => x.get(item.key)! + widthOf(item) / 2));
  const offset = opts.gutter - (Number.isFinite(leftEdge) ? leftEdge : 0);
  const round = (value: number): number => Math.round(value * 10) / 10;
  const cx = (key: string): number => round(x.get(key)! + offset);

  const titleLines = new Map(lessons.map((lesson) => [lesson.id, wrapText(lesson.title, opts.maxChars)]));
  const maxLines = Math.max(1, ...[...titleLines.values()].map((lines) => lines.length));
  const nodeHeight = 16 + maxLines * opts.lineHeight + 20;
  const rowTop = (layer: number): number => 8 + layer * (nodeHeight + opts.rowGap);

  // Edges leave from and arrive at ports spread along the box edges, ordered by the other end's x.
  const port = (key: string, other: string, side: 'up' | 'down'): number => {
    const item = items.get(key)!;
    if (item.lessonId === undefined) {
      return cx(key);
    }
    const others = [...item[side]].sort((a, b) => x.get(a)! - x.get(b)! || a.localeCompare(b));
    const count = others.length;
    const span = Math.min(opts.nodeWidth * 0.6, (count - 1) * 16);
    return round(cx(key) - span / 2 + (count === 1 ? 0 : (span * others.indexOf(other)) / (count - 1)));
  };
  const curve = (x1: number, y1: number, x2: number, y2: number): string => {
    const middle = round((y1 + y2) / 2);
    return `C${x1} ${middle} ${x2} ${middle} ${x2} ${y2}`;
  };
  const edges = chains.map(({from, to, keys}) => {
    const start = {x: port(from, keys[1], 'down'), y: rowTop(layerOf.get(from)!) + nodeHeight};
    let path = `M${start.x} ${start.y}`;
    let current = start;
    for (let index = 1; index < keys.length; index += 1) {
      const key = keys[index];
      const top = rowTop(layerOf.get(key)!);
      const isEnd = index === keys.length - 1;
      const entry = {x: isEnd ? port(key, keys[index - 1], 'up') : cx(key), y: isEnd ? top - 6 : top};
      path += ` ${curve(current.x, current.y, entry.x, entry.y)}`;
      if (!isEnd) {
        path += ` L${entry.x} ${top + nodeHeight}`;
        current = {x: entry.x, y: top + nodeHeight};
      }
    }
    return {from, to, path};
  });

  const lessonById = new Map(lessons.map((lesson) => [lesson.id, lesson]));
  return {
    width: round(rightEdge - leftEdge + opts.gutter + 8) || opts.gutter,
    height: rowCount === 0 ? 0 : rowTop(rowCount - 1) + nodeHeight + 8,
    nodeWidth: opts.nodeWidth,
    nodeHeight,
    lineHeight: opts.lineHeight,
    nodes: best.flatMap((layer, index) =>
      layer
        .filter((item) => item.lessonId !== undefined)
        .map((item) => {
          const lesson = lessonById.get(item.lessonId!)!;
          return {
            id: lesson.id,
            title: lesson.title,
            permalink: lesson.permalink,
            lines: titleLines.get(lesson.id)!,
            meta: `${lesson.difficulty} · ${lesson.minutes} min`,
            x: round(cx(item.key) - opts.nodeWidth / 2),
            y: rowTop(index),
          };
        }),
    ),
    edges,
    rows: best.map((_, index) => ({step: index + 1, y: rowTop(index)})),
  };
}

/**
 * The learning path: every lesson in an order where each comes after its prerequisites (ties keep
 * the catalog's section and sidebar order), grouped into runs of one section, and the graph.
 */
export function buildLearningPath(catalog: CatalogData, graphOptions: Partial<GraphOptions> = {}): LearningPathData {
  const steps = stepsOf(catalog.lessons);
  const titleOf = new Map(catalog.lessons.map((lesson) => [lesson.id, lesson.title]));
  const ordered = orderByPrerequisites(catalog.lessons);
  const sectionById = new Map(catalog.sections.map((section) => [section.id, section]));
  const groups: PathGroup[] = [];
  ordered.forEach((lesson, index) => {
    const entry: PathEntry = {
      id: lesson.id,
      title: lesson.title,
      permalink: lesson.permalink,
      difficulty: lesson.difficulty,
      minutes: lesson.minutes,
      section: lesson.section,
      position: index + 1,
      step: steps.get(lesson.id)! + 1,
      prerequisites: lesson.prerequisiteIds.map((id) => ({id, title: titleOf.get(id)!})),
    };
    const last = groups.at(-1);
    if (last && last.section.id === lesson.section) {
      last.entries.push(entry);
    } else {
      groups.push({section: sectionById.get(lesson.section) ?? {id: lesson.section, label: lesson.section}, entries: [entry]});
    }
  });
  return {
    lessonCount: ordered.length,
    totalMinutes: ordered.reduce((sum, lesson) => sum + lesson.minutes, 0),
    stepCount: ordered.length === 0 ? 0 : Math.max(...steps.values()) + 1,
    groups,
    graph: layoutGraph(ordered, steps, graphOptions),
  };
}
