import React, {useCallback, useEffect, useState, type ReactNode} from 'react';
import {useLocation} from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Heading from '@theme/Heading';
import PageShell from '@site/src/components/site/PageShell';
import PlanActions from '@site/src/components/practice/PlanActions';
import PlanBuilder from '@site/src/components/practice/PlanBuilder';
import PlanSchedule from '@site/src/components/practice/PlanSchedule';
import {icsFileName, scheduleToIcs} from '@site/src/lib/ics';
import {encodePlan, planHref, type PlanSpec} from '@site/src/lib/planCode';
import {localDay, progressState, withLessonDone} from '@site/src/lib/progress';
import {useStoredState} from '@site/src/lib/storedState';
import {dailyLoad, formatDay, formatMinutes, schedulePlan, type Schedule} from '@site/src/lib/studyPlan';
import type {StudyPlansData} from '../../../../plugins/study-plans/studyPlansData';
import {readSharedPlan} from './sharedPlan';
import styles from './styles.module.css';

/** Any day works for a ready plan's HTML: it shows day numbers, not dates. */
const UNDATED_START = '2000-01-01';

function countDone(schedule: Schedule, completed: Readonly<Record<string, string>>): {done: number; total: number} {
  const ids = schedule.days.flatMap((day) => day.lessons.map((lesson) => lesson.id));
  return {done: ids.filter((id) => completed[id] !== undefined).length, total: ids.length};
}

function DoneSummary({schedule, completed}: {schedule: Schedule; completed: Readonly<Record<string, string>>}): ReactNode {
  const {done, total} = countDone(schedule, completed);
  return done === 0 ? null : (
    <p className={styles.done}>
      {done} of {total} lessons done.
    </p>
  );
}

/** Where today falls in a dated plan, with a link to today's lessons. */
function TodayNote({schedule, today}: {schedule: Schedule; today: string | null}): ReactNode {
  if (today === null || schedule.days.length === 0) return null;
  const day = schedule.days.find((d) => d.date === today);
  if (day) {
    return (
      <p>
        <a className={styles.inlineLink} href="#shared-today">
          Today is day {day.number}: {day.lessons.length} {day.lessons.length === 1 ? 'lesson' : 'lessons'}, {formatMinutes(day.minutes)}
        </a>
      </p>
    );
  }
  const first = schedule.days[0].date;
  return <p>{today < first ? `The plan starts ${formatDay(first)}.` : 'The plan’s last day has passed.'}</p>;
}

/**
 * The /practice/study-plans route (added by plugins/study-plans with the lessons as route props).
 * Ready plans are in the built HTML; a plan link (`?plan=`), the reader's progress and the builder's
 * default start day are read once the page runs in the browser.
 */
export default function StudyPlansPage({data}: {data: StudyPlansData}): ReactNode {
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const {siteConfig} = useDocusaurusContext();
  const [progress, saveProgress] = useStoredState(progressState);
  const completed = progress.completed;
  const today = isBrowser ? localDay() : null;
  const toggleDone = (lessonId: string, done: boolean): void => {
    saveProgress(withLessonDone(progress, lessonId, done, localDay()));
  };
  // "Make it mine" copies a shared plan into the builder, which starts over from it (hence the key).
  const [mine, setMine] = useState<{plan: PlanSpec; key: number} | null>(null);
  useEffect(() => {
    if (mine) document.getElementById('build-a-plan')?.focus();
  }, [mine]);
  const shared = isBrowser ? readSharedPlan(location.search, data.lessons) : {status: 'none' as const};

  const pageUrl = useCallback(() => `${window.location.origin}${location.pathname}`, [location.pathname]);
  const actionsFor = (plan: PlanSpec, schedule: Schedule, alwaysShowLink = false): ReactNode => (
    <PlanActions
      planName={plan.name}
      fileName={icsFileName(plan.name)}
      alwaysShowLink={alwaysShowLink}
      getLink={() => planHref(pageUrl(), plan)}
      getIcs={() => scheduleToIcs(schedule, {name: plan.name, siteUrl: siteConfig.url, planId: encodePlan(plan), now: new Date()})}
    />
  );
  const totalMinutes = data.lessons.reduce((sum, lesson) => sum + lesson.minutes, 0);

  return (
    <PageShell
      title="Study plans"
      description="Ready 1-, 2- and 4-week study plans over the whole ML system design curriculum, and a builder for your group's own plan: share it as a link, add it to your calendar."
      lead={
        <>
          Plans put prerequisites first and never split a lesson across days. Use a{' '}
          <a className={styles.inlineLink} href="#ready-plans">ready plan</a> over all {data.lessons.length} lessons ({formatMinutes(totalMinutes)} of
          reading), or <a className={styles.inlineLink} href="#build-a-plan">build your own</a>. Every plan is a link to paste in your group's chat and a
          calendar file.
        </>
      }>
      {shared.status === 'error' && (
        <section className={styles.shared} aria-labelledby="shared-plan">
          <Heading as="h2" id="shared-plan">
            Shared plan
          </Heading>
          <div className={styles.problem} role="alert">
            <p>
              <strong>This plan link could not be opened.</strong> {shared.error}
            </p>
            <p>Ask for the link again, or use the ready plans and the plan builder below.</p>
          </div>
        </section>
      )}
      {shared.status === 'ok' && (
        <section className={styles.shared} aria-labelledby="shared-plan">
          <Heading as="h2" id="shared-plan">
            Shared plan: <span className={styles.planName}>{shared.plan.name}</span>
          </Heading>
          {shared.warnings.length > 0 && (
            <ul className={styles.warnings} role="status">
              {shared.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          )}
          <p>
            Starts {formatDay(shared.plan.start)}:{' '}
            {shared.schedule.days.reduce((sum, day) => sum + day.lessons.length, 0)} lessons over{' '}
            {shared.schedule.days.length} days, {formatMinutes(shared.schedule.totalMinutes)} in all, at most{' '}
            {formatMinutes(dailyLoad(shared.schedule).longest)} a day.
          </p>
          <DoneSummary schedule={shared.schedule} completed={completed} />
          <TodayNote schedule={shared.schedule} today={today} />
          <p>
            <button
              type="button"
              className="button button--primary"
              onClick={() => setMine({plan: shared.plan, key: (mine?.key ?? 0) + 1})}>
              Make it mine
            </button>{' '}
            <span>Copies this plan into the builder below, starting today, to change it.</span>
          </p>
          {actionsFor(shared.plan, shared.schedule)}
          <PlanSchedule
            schedule={shared.schedule}
            showDates
            completed={completed}
            headingLevel={3}
            today={today}
            idPrefix="shared-"
            onToggleDone={toggleDone}
          />
        </section>
      )}

      <section aria-labelledby="ready-plans">
        <Heading as="h2" id="ready-plans">
          Ready plans
        </Heading>
        <p>
          Each plan spreads its lessons (by their estimated times) so the longest day is as short as it can be. A copied
          link or calendar file starts the plan on the day you copy it. To pick your own lessons,{' '}
          <a className={styles.inlineLink} href="#build-a-plan">
            build a plan
          </a>
          .
        </p>
        <div className={styles.readyPlans}>
          {data.readyPlans.map((ready) => {
            const schedule = schedulePlan(data.lessons, ready.lessonIds, UNDATED_START, {kind: 'days', days: ready.days});
            const {longest, average} = dailyLoad(schedule);
            const plan = (): PlanSpec => ({
              name: ready.name,
              start: localDay(),
              pace: {kind: 'days', days: ready.days},
              lessonIds: ready.lessonIds,
            });
            return (
              <article key={ready.id} className={styles.readyPlan} aria-labelledby={ready.id} data-plan={ready.id}>
                <Heading as="h3" id={ready.id}>
                  {ready.name}
                </Heading>
                <p>{ready.summary}</p>
                <p className={styles.planFacts}>
                  {ready.lessonIds.length} lessons over {schedule.days.length} days, {formatMinutes(schedule.totalMinutes)} in all: about{' '}
                  <strong>{formatMinutes(average)} a day</strong>, the longest day {formatMinutes(longest)}.
                </p>
                <DoneSummary schedule={schedule} completed={completed} />
                <PlanActions
                  planName={ready.name}
                  fileName={icsFileName(ready.name)}
                  getLink={() => planHref(pageUrl(), plan())}
                  getIcs={() => {
                    const spec = plan();
                    const dated = schedulePlan(data.lessons, spec.lessonIds, spec.start, spec.pace);
                    return scheduleToIcs(dated, {name: spec.name, siteUrl: siteConfig.url, planId: encodePlan(spec), now: new Date()});
                  }}
                />
                <details>
                  <summary>
                    Day by day: {ready.lessonIds.length} lessons, {schedule.days.length} days
                  </summary>
                  <PlanSchedule schedule={schedule} showDates={false} completed={completed} headingLevel={4} />
                </details>
              </article>
            );
          })}
        </div>
      </section>

      <section aria-labelledby="build-a-plan" className={styles.builderSection}>
        <Heading as="h2" id="build-a-plan" tabIndex={-1}>
          Build a plan
        </Heading>
        {mine && (
          <p className={styles.done}>
            The builder now holds “{mine.plan.name}”, starting today: change it, then copy your own link.
          </p>
        )}
        <p>
          Pick lessons, a start date and a pace. Lessons you pick bring the prerequisites they need (listed above the
          schedule); a lesson longer than your daily time gets a day of its own.
        </p>
        <PlanBuilder
          key={mine?.key ?? 0}
          initial={mine?.plan}
          onToggleDone={toggleDone}
          lessons={data.lessons}
          sections={data.sections}
          completed={completed}
          today={today}
          renderActions={(plan, schedule) => actionsFor(plan, schedule, true)}
        />
        <noscript>
          <p>The plan builder needs JavaScript; the ready plans above work without it.</p>
        </noscript>
      </section>
    </PageShell>
  );
}
