/**
 * General guidance for the role cards and the rubric. A lesson's timeline gives each phase its own
 * name and questions; what to probe, what to produce and what "strong" looks like depend only on
 * the kind of work the phase is, so they are written once here and matched to phases by name.
 */

export type PhaseKind =
  | 'clarify'
  | 'frame'
  | 'data'
  | 'features'
  | 'model'
  | 'architecture'
  | 'evaluation'
  | 'serving'
  | 'monitoring'
  | 'safety'
  | 'deepDive'
  | 'wrapUp';

export type PhaseGuidance = {
  label: string;
  /** For the interviewer: what to probe. */
  probe: string;
  /** For the interviewer: the hint to give when the candidate stalls or skips it. */
  hint: string;
  /** For the candidate: what to produce. */
  produce: string;
  /** For the candidate: the output that ends the phase. */
  doneWhen: string;
  /** What a score of 4 looks like. */
  strong: string;
};

export const GUIDANCE: Record<PhaseKind, PhaseGuidance> = {
  clarify: {
    label: 'Clarifying requirements',
    probe: 'Who the users are, what success means for the business, the scale and the latency limit. Answer only what is asked.',
    hint: 'If they start on models, ask: what exactly are we predicting, and for whom?',
    produce: 'Questions about users, goal, scale and constraints; what is in and out of scope.',
    doneWhen: 'The requirements restated in two or three sentences, with numbers.',
    strong: 'Asks the questions that change the design and states measurable requirements.',
  },
  frame: {
    label: 'Framing the ML task',
    probe: 'The ML objective, its input and output, the task type, and which offline and online metrics stand for the goal.',
    hint: 'If the objective is vague, ask: what label would you train on?',
    produce: 'The prediction as input → output, the task type, one business and one ML metric, a simple baseline.',
    doneWhen: '"We predict Y from X, measured by M offline and B online."',
    strong: 'Turns the business goal into one clear prediction with a metric that tracks it.',
  },
  data: {
    label: 'Data and labels',
    probe: 'Where labels come from, how noisy, biased or delayed they are, and how train and test data are split.',
    hint: 'If labels are taken for granted, ask about position or selection bias and label delay.',
    produce: 'Data sources, the label definition and its flaws, sampling, and a time-based split.',
    doneWhen: 'A named label and how training examples are built from logs.',
    strong: 'Defines the label precisely and names its biases and delays with a fix for each.',
  },
  features: {
    label: 'Features',
    probe: 'Features by group (user, item, context, cross) and which ones must be fresh.',
    hint: 'If training/serving skew never comes up, ask how a feature is computed online.',
    produce: 'Feature groups with examples, their freshness, and how each is computed at serving time.',
    doneWhen: 'A feature list grouped and marked batch or real time.',
    strong: 'Picks features that carry signal and computes them the same way in training and serving.',
  },
  model: {
    label: 'Model and training',
    probe: 'A baseline first, then the production model and why it is worth its cost; the loss and how often it retrains.',
    hint: 'If they jump to a large network, ask what a simple baseline would score.',
    produce: 'A baseline, a model choice with its trade-off, the loss, and the training cadence.',
    doneWhen: 'Model, loss and training set-up chosen and justified.',
    strong: 'Starts simple, justifies each step up in complexity and matches the loss to the objective.',
  },
  architecture: {
    label: 'System stages',
    probe: 'The stages from request to result (retrieval, ranking, re-ranking, generation) and how many items each keeps.',
    hint: 'If one model scores everything, ask how many items that is per request.',
    produce: 'The stages as a diagram, with candidate counts and what each stage optimises.',
    doneWhen: 'A complete path from request to result.',
    strong: 'Draws a complete path with numbers at each stage and says why each stage exists.',
  },
  evaluation: {
    label: 'Evaluation',
    probe: 'Offline metrics, the slices to check, the threshold trade-off, and the A/B test that would confirm a launch.',
    hint: 'If only accuracy comes up, ask what it hides: imbalance, slices, calibration.',
    produce: 'Offline metrics tied to the objective, slices, and an online test with guardrail metrics.',
    doneWhen: 'The launch criterion, offline and online.',
    strong: 'Chooses metrics that match the objective, checks slices and plans an online test.',
  },
  serving: {
    label: 'Serving and scale',
    probe: 'The latency budget per stage, peak QPS and the hardware it implies, caching, and the fallback.',
    hint: 'If numbers are missing, ask for a back-of-the-envelope estimate.',
    produce: 'Online or batch inference, the latency budget split by stage, capacity from QPS, a fallback.',
    doneWhen: 'The request path meets the latency target, with numbers.',
    strong: 'Backs the serving design with numbers and plans for failure.',
  },
  monitoring: {
    label: 'Monitoring and iteration',
    probe: 'How they would notice the model getting worse, what alerts fire, and when it retrains.',
    hint: 'If only system metrics come up, ask about drift in inputs and predictions.',
    produce: 'What is monitored (data, predictions, business metric), alerts, and the retraining cadence.',
    doneWhen: 'A monitoring and retraining plan.',
    strong: 'Monitors model quality, not just uptime, and ties retraining to what changes.',
  },
  safety: {
    label: 'Safety, privacy and abuse',
    probe: 'Who could game or be harmed by the system, what must never be shown, and what data is private.',
    hint: 'If it is skipped, ask: who would attack this, and how would you notice?',
    produce: 'Concrete risks with a mitigation each: filters, limits, audits, human review.',
    doneWhen: 'The guardrails and how they are checked.',
    strong: 'Names concrete risks for this product and a measurable mitigation for each.',
  },
  deepDive: {
    label: 'Deep dive',
    probe: 'The hardest part of this case: two options, and a reasoned choice between them.',
    hint: 'If the answer is one-sided, ask what the choice costs.',
    produce: 'Two options compared on quality, latency and cost; a choice and its cost.',
    doneWhen: 'A decision, and what would change it.',
    strong: 'Goes deep where this case is hard and states the trade-off plainly.',
  },
  wrapUp: {
    label: 'Wrap-up',
    probe: 'What they would build next and what could go wrong.',
    hint: 'If time is short, ask for one sentence per requirement.',
    produce: 'The design mapped back to the requirements, the main risks and next steps.',
    doneWhen: 'A one-minute summary.',
    strong: 'Summarises against the requirements and names next steps and risks.',
  },
};

// Phase names are free text in the lessons; these words say which kind of work a phase is.
const KEYWORDS: Array<[PhaseKind, RegExp]> = [
  ['frame', /\bfram|objective|\btask\b|baseline|value model|auction|problem definition/],
  ['data', /\bdata\b|label|sampling|imbalance|ingestion/],
  ['features', /feature/],
  ['model', /(?<!value )\bmodel\b|\bloss\b|ranker|embedding|detection|personalis/],
  ['architecture', /retriev|candidate|index|re-rank|dedup|query understanding|prompt|generation|fusion|high-level|\bapi\b/],
  ['evaluation', /evaluat|a\/b|precision|recall/],
  ['serving', /serv|latency|capacity|\bscale\b|cost|estimation|cascade/],
  ['monitoring', /monitor|drift|refresh|iteration/],
  ['safety', /safety|privacy|guardrail|adversar|integrity|fairness/],
  ['deepDive', /deep dive|trade-off|bottleneck|cold start|marketplace|diversity/],
  ['wrapUp', /wrap/],
];

/**
 * The kinds of work a phase is, from its name, most specific first (at most three). Clarifying
 * phases are only that ("Clarify requirements and scale" asks about scale; it does not serve).
 * A name that matches nothing is a deep dive.
 */
export function phaseKinds(name: string): PhaseKind[] {
  const text = name.toLowerCase();
  if (/clarif|requirement/.test(text)) {
    return /problem definition/.test(text) ? ['clarify', 'frame'] : ['clarify'];
  }
  if (/problem definition/.test(text)) return ['clarify', 'frame'];
  const kinds = KEYWORDS.filter(([, pattern]) => pattern.test(text)).map(([kind]) => kind);
  return kinds.length === 0 ? ['deepDive'] : kinds.slice(0, 3);
}

export type RubricLevel = {score: 1 | 2 | 3 | 4; label: string; descriptor: string};

/** The four rubric levels for a phase; the top level's descriptor is specific to the phase's kinds. */
export function rubricLevels(kinds: readonly PhaseKind[]): RubricLevel[] {
  return [
    {score: 1, label: 'Missing', descriptor: 'Not covered, or only after prompting.'},
    {score: 2, label: 'Partial', descriptor: 'Covered with gaps or mistakes.'},
    {score: 3, label: 'Solid', descriptor: 'Covered correctly, with some depth.'},
    {score: 4, label: 'Strong', descriptor: kinds.map((kind) => GUIDANCE[kind].strong).join(' ')},
  ];
}
