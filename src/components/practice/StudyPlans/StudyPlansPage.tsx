import React, {useCallback, type ReactNode} from 'react';
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
import {localDay, progressState} from '@site/src/lib/progress';
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

/**
 * The /practice/study-plans route (added by plugins/study-plans with the lessons as route props).
 * Ready plans are in the built HTML; a plan link (`?plan=`), the reader's progress and the builder's
 * default start day are read once the page runs in the browser.
 */
export default function StudyPlansPage({data}: {data: StudyPlansData}): ReactNode {
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const {siteConfig} = useDocusaurusContext();
  const [progress] = useStoredState(progressState);
  const completed = progress.completed;
  const today = isBrowser ? localDay() : null;
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
          {actionsFor(shared.plan, shared.schedule)}
          <PlanSchedule schedule={shared.schedule} showDates completed={completed} headingLevel={3} />
        </section>
      )}

      <section aria-labelledby="ready-plans">
        <Heading as="h2" id="ready-plans">
          Ready plans
        </Heading>
        <p>
          Each plan spreads its lessons (by their estimated times) so the longest day is as short as it can be. A copied
          link or calendar file starts the plan on the day you copy it.
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
                <PlanSchedule schedule={schedule} showDates={false} completed={completed} headingLevel={4} />
              </article>
            );
          })}
        </div>
      </section>

      <section aria-labelledby="build-a-plan">
        <Heading as="h2" id="build-a-plan">
          Build a plan
        </Heading>
        <p>
          Pick lessons, a start date and a pace. Lessons you pick bring the prerequisites they need (listed above the
          schedule); a lesson longer than your daily time gets a day of its own.
        </p>
        <PlanBuilder
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
