import React, {useMemo, useState, type ReactNode} from 'react';
import {useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import PageShell from '@site/src/components/site/PageShell';
import type {ProgressPageData} from '../../../../plugins/progress/practiceData';
import {copyText} from '../../lesson/CopySectionLink/copy';
import {downloadFile} from '../../../lib/downloadFile';
import {localDay, progressState} from '../../../lib/progress';
import {
  importSummary,
  MAX_PROGRESS_FILE_BYTES,
  mergeProgress,
  mergeSelfChecks,
  parseProgressFile,
  progressFileName,
  progressFileOf,
} from '../../../lib/progressFile';
import {readSharedProgress, shareQuery, type SharedProgress} from '../../../lib/shareCode';
import {selfCheckState} from '../../../lib/selfCheck';
import {useStoredState} from '../../../lib/storedState';
import ProgressTracker, {type Notice} from '.';

const NO_SHARE: SharedProgress = {kind: 'none'};

/**
 * /practice/progress (added by plugins/progress). Reads the reader's progress from the browser and a
 * shared progress from the query string (?of=<name>&done=<code>); the shared one is only shown,
 * never saved. Export, import and copying the share link are the only writes and side effects.
 */
export default function ProgressPage({data}: {data: ProgressPageData}): ReactNode {
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const {siteConfig} = useDocusaurusContext();
  const [mine, setMine] = useStoredState(progressState);
  const [marks, setMarks] = useStoredState(selfCheckState);
  const [shareName, setShareName] = useState('');
  const [notice, setNotice] = useState<Notice | undefined>();
  const knownIds = useMemo(() => data.lessons.map((lesson) => lesson.id), [data]);
  // Before hydration there is no query string: the built HTML shows the reader's view alone.
  const shared = isBrowser ? readSharedProgress(location.search, knownIds) : NO_SHARE;
  const origin = isBrowser ? window.location.origin : siteConfig.url;
  const done = knownIds.filter((id) => mine.completed[id] !== undefined);
  const shareUrl = `${origin}${location.pathname}${shareQuery(shareName, done)}`;

  const onImport = async (file: File) => {
    if (file.size > MAX_PROGRESS_FILE_BYTES) {
      setNotice({area: 'file', kind: 'error', text: `“${file.name}” is too large to be a progress export. Nothing was changed.`});
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setNotice({area: 'file', kind: 'error', text: `“${file.name}” could not be read. Nothing was changed.`});
      return;
    }
    const parsed = parseProgressFile(text);
    if (!parsed.ok) {
      setNotice({area: 'file', kind: 'error', text: `“${file.name}”: ${parsed.message}`});
      return;
    }
    const merged = mergeProgress(progressState.read(), parsed.progress);
    const mergedMarks = mergeSelfChecks(selfCheckState.read(), parsed.selfChecks);
    const result = setMine(merged.progress);
    const marksResult = result.ok ? setMarks(mergedMarks.selfChecks) : result;
    setNotice(
      !result.ok
        ? {area: 'file', kind: 'error', text: `Not imported: ${result.reason}`}
        : !marksResult.ok
          ? {area: 'file', kind: 'error', text: `Lessons imported, self-check marks not: ${marksResult.reason}`}
          : {area: 'file', kind: 'ok', text: importSummary(merged, parsed.skipped, mergedMarks.added)},
    );
  };

  return (
    <PageShell
      title="Your progress"
      description="Which lessons of the ML System Design Guide you have completed, by section and overall; export it, import it, or share it with your study group as a link."
      lead="Mark lessons complete from their header; this page adds them up by section, lets you keep a copy in a file, and makes a link your study group can open beside their own progress.">
      <ProgressTracker
        data={data}
        mine={mine}
        marks={marks}
        shared={shared}
        shareName={shareName}
        onShareNameChange={setShareName}
        shareUrl={shareUrl}
        onCopyShareUrl={async () => {
          const copied = await copyText(shareUrl);
          setNotice(
            copied
              ? {area: 'share', kind: 'ok', text: `Link copied: it shares ${done.length} completed lesson${done.length === 1 ? '' : 's'}.`}
              : {area: 'share', kind: 'error', text: 'The browser did not allow copying; select the link and copy it yourself.'},
          );
        }}
        onExport={() => {
          const day = localDay();
          const file = progressFileOf(progressState.read(), day, selfCheckState.read());
          downloadFile(progressFileName(day), `${JSON.stringify(file, null, 2)}\n`, 'application/json');
          const count = Object.keys(file.completed).length;
          const checks = Object.keys(file.selfChecks.marks).length;
          setNotice({
            area: 'file',
            kind: 'ok',
            text: `Exported ${count} completed lesson${count === 1 ? '' : 's'} and ${checks} self-check mark${checks === 1 ? '' : 's'} to ${progressFileName(day)}.`,
          });
        }}
        onImport={(file) => void onImport(file)}
        notice={notice}
        ready={isBrowser}
      />
    </PageShell>
  );
}
