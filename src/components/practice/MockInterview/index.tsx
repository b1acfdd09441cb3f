import React, {useEffect, useRef, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {MockCase} from '../../../../plugins/mock-interview/cases';
import {downloadFile} from '../../../lib/downloadFile';
import type {WriteResult} from '../../../lib/storedState';
import PhaseList from './PhaseList';
import {exportFileName, sessionMarkdown, sessionsJson, sessionsMarkdown} from './report';
import RoleCards from './RoleCards';
import Rubric from './Rubric';
import SavedInterviews from './SavedInterviews';
import {
  draftFromSaved,
  MAX_NOTE_CHARS,
  newDraft,
  savedFrom,
  withSaved,
  type InterviewDraft,
  type MockInterviews,
  type SavedInterview,
} from './sessions';
import {
  cueFor,
  endTimer,
  formatClock,
  nextPhase,
  pauseTimer,
  phaseDurations,
  READY,
  resumeTimer,
  startTimer,
  timerView,
} from './timer';
import TimerPanel from './TimerPanel';
import TimerStrip from './TimerStrip';
import styles from './styles.module.css';

export type MockInterviewProps = {
  /** The case studies, each with its FrameworkTimeline's phases (from plugins/mock-interview). */
  cases: readonly MockCase[];
  /** The saved interviews and the one in progress, and the function that stores a change. */
  stored: MockInterviews;
  save: (next: MockInterviews) => WriteResult;
  /** The clock, in ms; Date.now by default. Every time shown is a difference of its readings. */
  now?: () => number;
  random?: () => number;
  download?: (fileName: string, text: string, type: string) => void;
};


/**
 * A 45-minute mock interview over a case study's own timeline: choose a case, run the clock through
 * the phases with role cards and notes, score each phase, and keep the result in this browser.
 */
export default function MockInterview({
  cases,
  stored,
  save,
  now = Date.now,
  random = Math.random,
  download = downloadFile,
}: MockInterviewProps): ReactNode {
  const [selectedId, setSelectedId] = useState(cases[0].id);
  const [pickMessage, setPickMessage] = useState('');
  const [message, setMessage] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [, setTick] = useState(0);
  const rubricHeading = useRef<HTMLHeadingElement>(null);
  const savedHeading = useRef<HTMLHeadingElement>(null);
  const timerHeading = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef<'rubric' | 'saved' | 'timer' | null>(null);
  const startedHere = useRef<string | null>(null);
  const announced = useRef<{draftId: string | null; key: string | null}>({draftId: null, key: null});

  const draft = stored.current;
  const selected = cases.find((c) => c.id === selectedId) ?? cases[0];
  const lessonCase = draft ? cases.find((c) => c.id === draft.caseId) : selected;
  const phases = draft ? draft.phases : selected.phases;
  const names = phases.map((phase) => phase.name);
  const minutes = phases.map((phase) => phase.minutes);
  const timer = draft?.timer ?? READY;
  // Only a running clock depends on the time now; reading it in render keeps every figure current.
  const at = timer.status === 'running' ? now() : 0;
  const view = timerView(minutes, timer, at);
  const cue = cueFor(view, names);
  const durations = draft ? phaseDurations(minutes, timer, at) : null;
  const cueKey = cue?.key ?? null;

  useEffect(() => {
    if (timer.status !== 'running') return undefined;
    const tick = () => setTick((n) => n + 1);
    const interval = setInterval(tick, 250);
    document.addEventListener('visibilitychange', tick);
    return () => {
      clearInterval(interval);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [timer.status]);

  // Each cue is announced once. An interview restored from storage is not re-announced on load.
  const draftId = draft?.id ?? null;
  useEffect(() => {
    if (announced.current.draftId !== draftId) {
      announced.current = {draftId, key: startedHere.current === draftId ? null : cueKey};
    }
    if (cueKey !== null && cueKey !== announced.current.key) {
      announced.current.key = cueKey;
      setAnnouncement(cue!.text);
    }
  }, [draftId, cueKey, cue]);

  useEffect(() => {
    const target = {rubric: rubricHeading, saved: savedHeading, timer: timerHeading}[focusNext.current ?? 'timer'];
    if (focusNext.current && target.current) {
      focusNext.current = null;
      target.current.focus();
    }
  });

  const store = (next: MockInterviews, done?: string): boolean => {
    const result = save(next);
    setMessage(result.ok ? (done ?? '') : `Not saved: ${result.reason}`);
    return result.ok;
  };
  const updateDraft = (change: Partial<InterviewDraft>) => {
    if (draft) store({...stored, current: {...draft, ...change}});
  };

  const onPrimary = () => {
    const t = now();
    if (!draft) {
      const fresh = newDraft(selected, startTimer(READY, t), t, random);
      startedHere.current = fresh.id;
      store({...stored, current: fresh});
    } else if (draft.timer.status === 'running') {
      updateDraft({timer: pauseTimer(draft.timer, t)});
    } else if (draft.timer.status === 'paused') {
      updateDraft({timer: resumeTimer(draft.timer, t)});
    }
  };
  const onEnd = () => {
    if (!draft) return;
    focusNext.current = 'rubric';
    updateDraft({timer: endTimer(draft.timer, now())});
  };
  const onSave = () => {
    if (!draft) return;
    const session = savedFrom(draft, now());
    focusNext.current = 'saved';
    if (!store({...stored, current: null, saved: withSaved(stored.saved, session)}, `Saved the interview on ${session.caseTitle}.`)) {
      focusNext.current = null;
    }
  };
  const onDiscard = () => {
    focusNext.current = 'timer';
    store({...stored, current: null}, 'Discarded the interview.');
  };
  const onOpen = (id: string) => {
    const session = stored.saved.find((entry) => entry.id === id);
    if (!session || draft) return;
    focusNext.current = 'rubric';
    store({...stored, current: draftFromSaved(session)}, `Reopened the interview on ${session.caseTitle}.`);
  };
  const onDelete = (id: string) => {
    const session = stored.saved.find((entry) => entry.id === id);
    focusNext.current = 'saved';
    store({...stored, saved: stored.saved.filter((entry) => entry.id !== id)}, session && `Deleted the interview on ${session.caseTitle}.`);
  };
  const onExport = (session: SavedInterview | null, format: 'md' | 'json') => {
    const sessions = session ? [session] : stored.saved;
    const text = format === 'md' ? (session ? sessionMarkdown(session) : sessionsMarkdown(sessions)) : sessionsJson(sessions);
    download(exportFileName(session, format), text, format === 'md' ? 'text/markdown' : 'application/json');
  };
  const pickRandom = () => {
    const others = cases.filter((c) => c.id !== selectedId);
    if (others.length === 0) return;
    const pick = others[Math.min(others.length - 1, Math.floor(random() * others.length))];
    setSelectedId(pick.id);
    setPickMessage(`Random pick: ${pick.title}.`);
  };

  const running = view.status === 'running' || view.status === 'paused';
  const current = phases[view.phaseIndex];
  const questionsOf = (name: string) => lessonCase?.phases.find((phase) => phase.name === name)?.questions ?? [];
  const caseTitle = draft ? draft.caseTitle : selected.title;
  const solo = stored.solo === true;

  return (
    <div className={styles.page}>
      {running && <TimerStrip view={view} phaseNames={names} />}
      <section aria-labelledby="case-heading" className={styles.panel}>
        <h2 id="case-heading">Choose a case study</h2>
        <div className={styles.choose}>
          <label htmlFor="mock-case" className={styles.noteLabel}>
            Case study
          </label>
          <select
            id="mock-case"
            className={styles.select}
            value={draft ? draft.caseId : selected.id}
            disabled={draft !== null}
            onChange={(event) => {
              setSelectedId(event.target.value);
              setPickMessage('');
            }}>
            {draft && !lessonCase && <option value={draft.caseId}>{draft.caseTitle}</option>}
            {cases.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
          <button type="button" className="button button--secondary" onClick={pickRandom} disabled={draft !== null}>
            Random case
          </button>
        </div>
        <p className={styles.pick} aria-live="polite">
          {pickMessage}
        </p>
        {view.status !== 'ended' && (
          <fieldset className={styles.rubricPhase}>
            <legend className={styles.legend}>How are you practising?</legend>
            <div className={styles.levels}>
              <label className={styles.level}>
                <input type="radio" name="mock-mode" checked={!solo} onChange={() => store({...stored, solo: false})} />
                With a partner: one of you plays the interviewer and reads their card.
              </label>
              <label className={styles.level}>
                <input type="radio" name="mock-mode" checked={solo} onChange={() => store({...stored, solo: true})} />
                Alone: the interviewer’s card (questions and hints) stays hidden until you reveal it, phase by phase.
              </label>
            </div>
          </fieldset>
        )}
        {draft && <p className={styles.hint}>The case is fixed while an interview is in progress or being scored.</p>}
        {lessonCase && (
          <p className={styles.facts}>
            {lessonCase.difficulty}
            {lessonCase.companies.length > 0 && <> · asked at {lessonCase.companies.join(', ')}</>} ·{' '}
            <Link to={lessonCase.permalink}>Read the case study: {lessonCase.title}</Link>
          </p>
        )}
        <h3 id="phases-heading" className={styles.subheading}>
          Phases of {caseTitle}
        </h3>
        <PhaseList phases={phases} view={draft ? view : null} durations={durations} labelledBy="phases-heading" />
      </section>

      <section aria-labelledby="timer-heading" className={styles.panel}>
        <h2 id="timer-heading" ref={timerHeading} tabIndex={-1}>
          Timer
        </h2>
        {view.status === 'ended' ? (
          <p>
            Interview ended after {formatClock(view.elapsed)} of {formatClock(view.total)}. Score it below, then save
            it.
          </p>
        ) : (
          <TimerPanel
            view={view}
            phaseNames={names}
            cue={cue}
            announcement={announcement}
            onPrimary={onPrimary}
            onNext={() => draft && updateDraft({timer: nextPhase(draft.timer, minutes, now())})}
            onEnd={onEnd}
          />
        )}
        <p className={styles.message} role="status">
          {message}
        </p>
      </section>

      {view.status !== 'ended' && current && (
        <section aria-labelledby="cards-heading" className={styles.panel}>
          <h2 id="cards-heading">
            Role cards: {view.phaseIndex + 1}. {current.name}
          </h2>
          {!running && <p className={styles.hint}>The cards follow the phase once the interview starts.</p>}
          <RoleCards solo={solo} phaseName={current.name} questions={questionsOf(current.name)} lessonTitle={caseTitle} />
          {draft && (
            <>
              <label htmlFor="live-notes" className={styles.noteLabel}>
                Notes on {current.name}
              </label>
              <textarea
                id="live-notes"
                className={styles.textarea}
                rows={4}
                maxLength={MAX_NOTE_CHARS}
                value={draft.notes[view.phaseIndex] ?? ''}
                onChange={(event) =>
                  updateDraft({notes: draft.notes.map((note, i) => (i === view.phaseIndex ? event.target.value : note))})
                }
              />
            </>
          )}
        </section>
      )}

      {draft && view.status === 'ended' && durations && (
        <Rubric
          draft={draft}
          durations={durations}
          headingRef={rubricHeading}
          onScore={(index, score) => updateDraft({scores: draft.scores.map((s, i) => (i === index ? score : s))})}
          onNotes={(index, notes) => updateDraft({notes: draft.notes.map((n, i) => (i === index ? notes : n))})}
          onSummary={(summary) => updateDraft({summary})}
          onSave={onSave}
          onDiscard={onDiscard}
        />
      )}

      <SavedInterviews
        saved={stored.saved}
        canOpen={draft === null}
        onOpen={onOpen}
        onDelete={onDelete}
        onExport={onExport}
        headingRef={savedHeading}
      />
    </div>
  );
}
