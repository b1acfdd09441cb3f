/** @jest-environment node */
import type {CatalogData, CatalogLesson} from './catalog';
import {buildLearningPath, layoutGraph, stepsOf, wrapText} from './learningPath';

function lesson(id: string, prerequisiteIds: string[] = [], section = 'ml'): CatalogLesson {
  return {
    id,
    title: `Lesson ${id}`,
    description: '',
    keywords: [],
    permalink: `/${id}`,
    section,
    difficulty: 'Intermediate',
    estimatedTime: '30 minutes',
    minutes: 30,
    companies: [],
    prerequisiteIds,
  };
}

// A diamond with a long edge: a -> b -> d, a -> c -> d, a -> e (skips two rows: e needs d too).
const diamond = [lesson('a', [], 'found'), lesson('b', ['a']), lesson('c', ['a']), lesson('d', ['b', 'c']), lesson('e', ['a', 'd'])];

describe('stepsOf', () => {
  test('a lesson sits one step below its deepest prerequisite', () => {
    expect(Object.fromEntries(stepsOf(diamond))).toEqual({a: 0, b: 1, c: 1, d: 2, e: 3});
  });

  test('order of the input does not matter', () => {
    expect(Object.fromEntries(stepsOf([...diamond].reverse()))).toEqual({a: 0, b: 1, c: 1, d: 2, e: 3});
  });
});

describe('wrapText', () => {
  test.each([
    ['Problem Framing', 20, ['Problem Framing']],
    ['Embeddings and Approximate Nearest Neighbor Retrieval', 20, ['Embeddings and', 'Approximate Nearest', 'Neighbor Retrieval']],
    ['Supercalifragilisticexpialidocious word', 10, ['Supercalifragilisticexpialidocious', 'word']],
    ['  spaced   out  ', 20, ['spaced out']],
  ])('%j in %d characters', (text, max, lines) => {
    expect(wrapText(text, max)).toEqual(lines);
  });
});

describe('layoutGraph', () => {
  const graph = layoutGraph(diamond, stepsOf(diamond));
  const node = (id: string) => graph.nodes.find((item) => item.id === id)!;

  test('draws one box per lesson and one edge per prerequisite, in one row per step', () => {
    expect(graph.nodes.map((item) => item.id).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(graph.edges.map((edge) => `${edge.from}->${edge.to}`).sort()).toEqual(['a->b', 'a->c', 'a->e', 'b->d', 'c->d', 'd->e']);
    expect(graph.rows.map((row) => row.step)).toEqual([1, 2, 3, 4]);
    expect(node('b').y).toBe(node('c').y);
    expect(node('a').y).toBeLessThan(node('b').y);
    expect(node('d').y).toBeLessThan(node('e').y);
  });

  test('boxes in a row never overlap and all fit in the drawing, right of the step labels', () => {
    for (const row of graph.rows) {
      const xs = graph.nodes.filter((item) => item.y === row.y).map((item) => item.x).sort((p, q) => p - q);
      xs.slice(1).forEach((x, index) => expect(x - xs[index]).toBeGreaterThanOrEqual(graph.nodeWidth));
    }
    for (const item of graph.nodes) {
      expect(item.x).toBeGreaterThanOrEqual(72);
      expect(item.x + graph.nodeWidth).toBeLessThanOrEqual(graph.width);
      expect(item.y + graph.nodeHeight).toBeLessThanOrEqual(graph.height);
    }
  });

  test('an edge runs from the bottom of its source to just above the top of its target', () => {
    const edge = graph.edges.find((item) => item.from === 'a' && item.to === 'e')!;
    const numbers = edge.path.match(/-?\d+(\.\d+)?/g)!.map(Number);
    expect(numbers[1]).toBe(node('a').y + graph.nodeHeight);
    expect(numbers.at(-1)).toBe(node('e').y - 6);
    // It passes the two rows it skips as straight vertical runs (one "L" per skipped row).
    expect(edge.path.match(/L/g)).toHaveLength(2);
  });

  test('a simple diamond is drawn without crossings: the two middle boxes sit either side', () => {
    const [left, right] = [node('b'), node('c')].sort((p, q) => p.x - q.x);
    expect(left.x).toBeLessThan(right.x);
    const centre = (id: string) => node(id).x + graph.nodeWidth / 2;
    expect(centre('d')).toBeGreaterThan(left.x);
    expect(centre('d')).toBeLessThan(right.x + graph.nodeWidth);
  });

  test('titles are wrapped and the meta line gives difficulty and time', () => {
    expect(node('a').lines).toEqual(['Lesson a']);
    expect(node('a').meta).toBe('Intermediate · 30 min');
  });

  test('is deterministic and copes with no lessons', () => {
    expect(layoutGraph(diamond, stepsOf(diamond))).toEqual(graph);
    expect(layoutGraph([], new Map())).toMatchObject({nodes: [], edges: [], rows: [], height: 0});
  });
});

describe('buildLearningPath', () => {
  const catalog: CatalogData = {
    lessons: [lesson('e', ['a', 'd']), lesson('d', ['b', 'c']), lesson('c', ['a']), lesson('b', ['a']), lesson('a', [], 'found'), lesson('z', [], 'found')],
    sections: [
      {id: 'found', label: 'Foundations'},
      {id: 'ml', label: 'ML'},
    ],
    companies: [],
  };
  const path = buildLearningPath(catalog);
  const entries = path.groups.flatMap((group) => group.entries);

  test('every lesson comes after its prerequisites, numbered from 1', () => {
    const position = new Map(entries.map((entry) => [entry.id, entry.position]));
    expect(entries.map((entry) => entry.position)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const item of catalog.lessons) {
      for (const prerequisite of item.prerequisiteIds) {
        expect(position.get(prerequisite)).toBeLessThan(position.get(item.id)!);
      }
    }
  });

  test('groups consecutive lessons of one section, naming prerequisites by title', () => {
    expect(path.groups.map((group) => [group.section.label, group.entries.map((entry) => entry.id)])).toEqual([
      ['Foundations', ['a']],
      ['ML', ['b', 'c', 'd', 'e']],
      ['Foundations', ['z']],
    ]);
    expect(entries.find((entry) => entry.id === 'd')?.prerequisites).toEqual([
      {id: 'b', title: 'Lesson b'},
      {id: 'c', title: 'Lesson c'},
    ]);
  });

  test('sums lessons, time and steps', () => {
    expect(path).toMatchObject({lessonCount: 6, totalMinutes: 180, stepCount: 4});
    expect(entries.find((entry) => entry.id === 'e')?.step).toBe(4);
  });
});
