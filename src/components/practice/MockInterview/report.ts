import type {SavedInterview} from './sessions';
import {spokenDuration} from './timer';

/** Saved interviews as files a reader can keep, read or share: Markdown to read, JSON to re-use. */

const SCORE_LABELS = {1: 'Missing', 2: 'Partial', 3: 'Solid', 4: 'Strong'} as const;

/** "2025-03-04 09:05" in the reader's time zone. */
export function localTime(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The mean of the given scores to one decimal, or null when none is scored. */
export function averageScore(session: SavedInterview): number | null {
  const scores = session.phases.flatMap((phase) => (phase.score === null ? [] : [phase.score]));
  return scores.length === 0 ? null : Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10;
}

/** Notes are the reader's own text: keep them, but stop them from breaking the table or headings. */
function quoted(text: string): string {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) => `> ${line}`)
    .join('\n');
}

export function sessionMarkdown(session: SavedInterview): string {
  const average = averageScore(session);
  const lines = [
    `# Mock interview: ${session.caseTitle}`,
    '',
    `- Started: ${localTime(session.startedAt)}`,
    `- Interview time: ${spokenDuration(session.totalSeconds * 1000)} (planned ${session.phases.reduce((sum, p) => sum + p.plannedMinutes, 0)} min)`,
    `- Average score: ${average === null ? 'not scored' : `${average} of 4`}`,
    '',
    '| Phase | Planned | Spent | Score |',
    '| --- | --- | --- | --- |',
    ...session.phases.map(
      (phase) =>
        `| ${phase.name.replace(/\|/g, '\\|')} | ${phase.plannedMinutes} min | ${spokenDuration(phase.spentSeconds * 1000)} | ${
          phase.score === null ? '–' : `${phase.score} (${SCORE_LABELS[phase.score]})`
        } |`,
    ),
  ];
  for (const phase of session.phases) {
    if (phase.notes.trim()) lines.push('', `## ${phase.name}`, '', quoted(phase.notes));
  }
  if (session.summary.trim()) lines.push('', '## Overall summary', '', quoted(session.summary));
  return `${lines.join('\n')}\n`;
}

export function sessionsMarkdown(sessions: readonly SavedInterview[]): string {
  return sessions.map(sessionMarkdown).join('\n---\n\n');
}

/** JSON in the stored format, so it can be read back by the same parse function. */
export function sessionsJson(sessions: readonly SavedInterview[]): string {
  return `${JSON.stringify({format: 'mlsd-guide mock interviews', version: 1, saved: sessions}, null, 2)}\n`;
}

/** A file name from the case and the day: "mock-interview-eta-prediction-2025-03-04.md". */
export function exportFileName(session: SavedInterview | null, extension: 'md' | 'json'): string {
  if (!session) return `mock-interviews.${extension}`;
  const slug = session.caseId.split('/').pop()!.replace(/[^a-z0-9-]+/gi, '-');
  return `mock-interview-${slug}-${localTime(session.startedAt).slice(0, 10)}.${extension}`;
}
