import React, {useId, useMemo, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Heading from '@theme/Heading';
import PageShell from '@site/src/components/site/PageShell';
import PlanActions from '@site/src/components/practice/PlanActions';
import type {GroupBoardData} from '../../../../plugins/study-plans/studyPlansData';
import {buildBoard} from '../../../lib/groupBoard';
import {groupQuery, memberName, mergePastedLinks, readGroup, withMember, type GroupMember, type ReadMember} from '../../../lib/groupCode';
import type {PlanSpec} from '../../../lib/planCode';
import {localDay, progressState} from '../../../lib/progress';
import {useStoredState} from '../../../lib/storedState';
import {schedulePlan} from '../../../lib/studyPlan';
import tracker from '../ProgressTracker/styles.module.css';
import plans from '../StudyPlans/styles.module.css';
import GroupBoard from '.';

/** "Add or update me": the reader's own progress put into the group, as a new link to paste back. */
function UpdateMe({
  plan,
  members,
  myDoneIds,
  pageUrl,
}: {
  plan: PlanSpec;
  members: ReadMember[];
  myDoneIds: string[];
  pageUrl: () => string;
}): ReactNode {
  const nameId = useId();
  const [name, setName] = useState('');
  const me: GroupMember = {name: memberName(name, members.length), doneIds: myDoneIds};
  const replaced = members.find((member) => member.name.toLowerCase() === me.name.toLowerCase());
  const cutShort = members.filter((member) => member.unknownIds.length > 0 && member !== replaced);
  const inPlan = new Set(plan.lessonIds);
  const mine = myDoneIds.filter((id) => inPlan.has(id)).length;
  return (
    <section aria-labelledby="update-me" className={tracker.panel} data-update-me>
      <h3 id="update-me">Add or update me</h3>
      <p>
        Puts the lessons you have completed in this browser ({mine} of this plan’s {plan.lessonIds.length}) into a new group
        link. Use the name you have in the group to replace your entry; everyone else’s stays as it is. Paste the new link
        back into your group’s chat.
      </p>
      <div className={tracker.fields}>
        <label htmlFor={nameId}>Your name in the group</label>
        <input
          id={nameId}
          className={tracker.input}
          type="text"
          maxLength={40}
          autoComplete="nickname"
          list={`${nameId}-names`}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <datalist id={`${nameId}-names`}>
          {members.map((member) => (
            <option key={member.name} value={member.name} />
          ))}
        </datalist>
      </div>
      <p role="status" data-update-summary>
        {replaced ? `Replaces ${replaced.name}’s entry; ` : `Adds ${me.name} as a new member; `}
        {members.length - (replaced ? 1 : 0)} other{members.length - (replaced ? 1 : 0) === 1 ? '' : 's'} kept.
        {cutShort.length > 0 &&
          ` ${cutShort.map((member) => member.name).join(', ')}: only what this link could read is kept (the rest counts as not done).`}
      </p>
      <PlanActions
        planName={`the group with ${me.name}`}
        linkLabel="Group link with your progress"
        alwaysShowLink
        getLink={() => `${pageUrl()}${groupQuery(plan, withMember(members, me))}`}
      />
    </section>
  );
}

/** Pasted links in, one group link out. */
function GroupMaker({lessonIds, initial, pageUrl}: {lessonIds: string[]; initial: string; pageUrl: () => string}): ReactNode {
  const areaId = useId();
  const [text, setText] = useState(initial);
  const [shownText, setShownText] = useState<string | null>(null);
  const merged = shownText === null ? null : mergePastedLinks(shownText, lessonIds);
  const link = merged?.plan ? `${pageUrl()}${groupQuery(merged.plan, merged.members)}` : null;
  return (
    <section aria-labelledby="make-group" className={tracker.panel} data-group-maker>
      <Heading as="h2" id="make-group">
        Make a group link
      </Heading>
      <p>
        Paste, one a line: your group’s <Link className={plans.inlineLink} to="/practice/study-plans">
          study-plan link
        </Link>, and each member’s{' '}
        <Link className={plans.inlineLink} to="/practice/progress">
          progress link
        </Link> (from “Share your progress”). A group link works here too: the
        links after it add members or replace those of the same name.
      </p>
      <form
        className={tracker.fields}
        onSubmit={(event) => {
          event.preventDefault();
          setShownText(text);
        }}>
        <label htmlFor={areaId}>Links, one a line</label>
        <textarea
          id={areaId}
          className={tracker.input}
          rows={6}
          value={text}
          spellCheck={false}
          onChange={(event) => setText(event.target.value)}
          style={{fontFamily: 'var(--ifm-font-family-monospace)', fontSize: '0.85rem'}}
        />
        <div className={tracker.row}>
          <button type="submit" className="button button--primary">
            Make the group link
          </button>
        </div>
      </form>
      {merged && (
        <div data-group-made>
          {merged.notes.length > 0 && (
            <ul role="status">
              {merged.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
          {link === null ? (
            <p className={tracker.status} data-kind="error" role="alert">
              No plan among these links: add your group’s study-plan link (a group link needs a plan).
            </p>
          ) : (
            <>
              <p role="status">
                A group of {merged.members.length} member{merged.members.length === 1 ? '' : 's'} (
                {merged.members.map((member) => member.name).join(', ') || 'none yet'}) on “{merged.plan!.name}”.{' '}
                <a className={plans.inlineLink} href={link}>
                  Open its board
                </a>.
              </p>
              <PlanActions planName="the new group" linkLabel="Group link" alwaysShowLink getLink={() => link} />
            </>
          )}
        </div>
      )}
    </section>
  );
}

/**
 * /practice/group (added by plugins/group-board). The built HTML explains group links and has the
 * link maker; the board itself is read from the page's link once it runs in the browser. Others'
 * progress is only shown, never saved; the reader's own is read from this browser.
 */
export default function GroupBoardPage({data}: {data: GroupBoardData}): ReactNode {
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const [progress] = useStoredState(progressState);
  const lessonIds = useMemo(() => data.lessons.map((lesson) => lesson.id), [data]);
  const group = isBrowser ? readGroup(location.search, lessonIds) : ({status: 'none'} as const);
  const today = isBrowser ? localDay() : '';
  const pageUrl = () => `${window.location.origin}${location.pathname}`;
  const shown = useMemo(() => {
    if (group.status !== 'read' || !group.plan) return null;
    try {
      const schedule = schedulePlan(data.lessons, group.plan.lessonIds, group.plan.start, group.plan.pace);
      return {schedule, board: buildBoard(schedule, group.members, today)};
    } catch {
      return null;
    }
    // The group is derived from the query string: recompute when it or the day changes.
  }, [location.search, today, data]);
  const myDoneIds = lessonIds.filter((id) => progress.completed[id] !== undefined);

  return (
    <PageShell
      title="Study group"
      description="Your study group's plan against everyone's progress, from one link: who has done what, who is behind today's schedule, what nobody has started, and what each member reads next."
      lead={
        <>
          One link holds your group’s study plan and each member’s progress: this page shows the plan’s days against the
          members, who is behind today’s schedule, which lessons nobody has done, and what each member should read next.
          Nothing is uploaded: the link is the whole group.
        </>
      }>
      {group.status === 'read' && (
        <GroupBoard
          plan={shown ? group.plan : null}
          planError={group.planError ?? (group.plan && !shown ? 'This plan could not be turned into a schedule.' : undefined)}
          schedule={shown?.schedule ?? null}
          board={shown?.board ?? null}
          problems={[...group.warnings, ...group.problems]}
          today={today}>
          {group.plan && <UpdateMe plan={group.plan} members={group.members} myDoneIds={myDoneIds} pageUrl={pageUrl} />}
        </GroupBoard>
      )}
      {group.status === 'none' && (
        <section aria-labelledby="how-it-works">
          <Heading as="h2" id="how-it-works">
            How it works
          </Heading>
          <ol>
            <li>
              One of you builds or picks a plan on <Link className={plans.inlineLink} to="/practice/study-plans">
                Study plans
              </Link> and copies its link.
            </li>
            <li>
              Everyone copies their own link from <Link className={plans.inlineLink} to="/practice/progress">
                Your progress
              </Link> (“Share your progress”)
              and posts it in the group’s chat.
            </li>
            <li>Paste all of them below to make the group link, and post that.</li>
            <li>Later, anyone opens the group link and uses “Add or update me” to post a fresher one.</li>
          </ol>
        </section>
      )}
      <noscript>
        <p>The group board reads its link in your browser and needs JavaScript.</p>
      </noscript>
      {isBrowser && (
        <GroupMaker
          key={location.search}
          lessonIds={lessonIds}
          initial={group.status === 'read' ? `${window.location.href}\n` : ''}
          pageUrl={pageUrl}
        />
      )}
    </PageShell>
  );
}
