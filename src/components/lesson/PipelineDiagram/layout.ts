export type PipelineStage = {
  /** Unique within the diagram; edges refer to stages by id. */
  id: string;
  label: string;
  /** A short second line, e.g. candidate counts and latency. */
  note?: string;
};

export type ArrowDirection = 'right' | 'down' | 'left';

export type PipelineEdge = {
  from: string;
  to: string;
  /** Where `to` sits relative to `from`; defaults to the right. */
  direction?: ArrowDirection;
};

export type PlacedStage = PipelineStage & {row: number; col: number};

export type PlacedEdge = {from: PlacedStage; to: PlacedStage; direction: ArrowDirection};

export type PipelineLayout = {
  stages: PlacedStage[];
  edges: PlacedEdge[];
  rows: number;
  cols: number;
};

export const MAX_GRID_SIZE = 6;

const STEP: Record<ArrowDirection, {row: number; col: number}> = {
  right: {row: 0, col: 1},
  down: {row: 1, col: 0},
  left: {row: 0, col: -1},
};

export class PipelineLayoutError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(problems.join('; '));
    this.name = 'PipelineLayoutError';
    this.problems = problems;
  }
}

function structureProblems(stages: readonly PipelineStage[], edges: readonly PipelineEdge[]): string[] {
  const problems: string[] = [];
  if (!Array.isArray(stages) || stages.length === 0) {
    return ['stages: give at least one stage'];
  }
  if (!Array.isArray(edges)) {
    return ['edges: must be a list (may be empty for a single stage)'];
  }
  const seen = new Set<string>();
  stages.forEach((stage, index) => {
    if (typeof stage?.id !== 'string' || stage.id.trim() === '') {
      problems.push(`stages[${index}]: needs a non-empty id`);
    } else if (seen.has(stage.id)) {
      problems.push(`stages[${index}]: id "${stage.id}" is used twice`);
    } else {
      seen.add(stage.id);
    }
    if (typeof stage?.label !== 'string' || stage.label.trim() === '') {
      problems.push(`stages[${index}] ("${stage?.id}"): needs a non-empty label`);
    }
  });
  edges.forEach((edge, index) => {
    for (const end of ['from', 'to'] as const) {
      if (!seen.has(edge?.[end])) {
        problems.push(`edges[${index}]: ${end} "${String(edge?.[end])}" is not the id of a stage`);
      }
    }
    if (edge?.direction !== undefined && !(edge.direction in STEP)) {
      problems.push(`edges[${index}]: direction "${String(edge.direction)}" must be right, down or left`);
    }
    if (edge?.from === edge?.to) {
      problems.push(`edges[${index}]: an arrow from "${edge.from}" to itself`);
    }
  });
  return problems;
}

/**
 * Places stages on a grid: the first stage at the top left, and each edge puts its target one
 * cell right, down or left of its source. Every problem found is reported together.
 */
export function layoutPipeline(
  stages: readonly PipelineStage[],
  edges: readonly PipelineEdge[],
): PipelineLayout {
  const problems = structureProblems(stages, edges);
  if (!Array.isArray(stages) || stages.length === 0 || !Array.isArray(edges)) {
    throw new PipelineLayoutError(problems);
  }
  // Carry on with the well-formed edges so that one run reports every problem.
  const ids = new Set(stages.map((stage) => stage?.id));
  edges = edges.filter(
    (edge) => ids.has(edge?.from) && ids.has(edge?.to) && edge.from !== edge.to && (edge.direction ?? 'right') in STEP,
  );
  const position = new Map<string, {row: number; col: number}>([[stages[0].id, {row: 0, col: 0}]]);
  let progressed = true;
  while (progressed) {
    progressed = false;
    for (const edge of edges) {
      const from = position.get(edge.from);
      if (from && !position.has(edge.to)) {
        const step = STEP[edge.direction ?? 'right'];
        position.set(edge.to, {row: from.row + step.row, col: from.col + step.col});
        progressed = true;
      }
    }
  }
  for (const stage of stages) {
    if (!position.has(stage.id)) {
      problems.push(`stage "${stage.id}" is not reached by any arrow from the first stage "${stages[0].id}"`);
    }
  }
  for (const edge of edges) {
    const from = position.get(edge.from);
    const to = position.get(edge.to);
    if (from && to) {
      const step = STEP[edge.direction ?? 'right'];
      if (to.row - from.row !== step.row || to.col - from.col !== step.col) {
        problems.push(
          `the arrow from "${edge.from}" to "${edge.to}" (${edge.direction ?? 'right'}) does not join neighbouring cells; "${edge.to}" is already placed elsewhere`,
        );
      }
    }
  }
  const occupant = new Map<string, string>();
  for (const [id, {row, col}] of position) {
    const key = `${row},${col}`;
    const other = occupant.get(key);
    if (other) {
      problems.push(`stages "${other}" and "${id}" land on the same cell`);
    }
    occupant.set(key, id);
  }
  const cells = [...position.values()];
  const minCol = Math.min(...cells.map((cell) => cell.col));
  const cols = Math.max(...cells.map((cell) => cell.col)) - minCol + 1;
  const rows = Math.max(...cells.map((cell) => cell.row)) + 1;
  if (cols > MAX_GRID_SIZE || rows > MAX_GRID_SIZE) {
    problems.push(
      `the layout is ${cols} columns by ${rows} rows; at most ${MAX_GRID_SIZE} of each fit on a page (turn the path with direction "down" or "left")`,
    );
  }
  if (problems.length > 0) {
    throw new PipelineLayoutError(problems);
  }
  const placed = new Map(
    stages.map((stage) => {
      const cell = position.get(stage.id)!;
      return [stage.id, {...stage, row: cell.row, col: cell.col - minCol}];
    }),
  );
  return {
    stages: [...placed.values()],
    edges: edges.map((edge) => ({
      from: placed.get(edge.from)!,
      to: placed.get(edge.to)!,
      direction: edge.direction ?? 'right',
    })),
    rows,
    cols,
  };
}

/** Grid tracks for `count` cells with a connector track between each pair of cells. */
export function gridTracks(count: number, cell: string, connector: string): string {
  return Array.from({length: count}, () => cell).join(` ${connector} `);
}

/** Each stage with the stages its arrows lead to, in stage order: the diagram as text. */
export function describePipeline(layout: PipelineLayout): {stage: PlacedStage; next: PlacedStage[]}[] {
  return layout.stages.map((stage) => ({
    stage,
    next: layout.edges.filter((edge) => edge.from.id === stage.id).map((edge) => edge.to),
  }));
}
