import React, {type ReactNode} from 'react';
import Link from '@theme-original/DocSidebarItem/Link';
import type LinkType from '@theme/DocSidebarItem/Link';
import type {WrapperProps} from '@docusaurus/types';
import {LessonLabel} from '@site/src/components/site/SidebarProgress';
import {progressState} from '@site/src/lib/progress';
import {useStoredState} from '@site/src/lib/storedState';

type Props = WrapperProps<typeof LinkType>;

/**
 * Marks completed lessons in the sidebar. Wrapped, not ejected: the original renders `label` as the
 * link's child, so a label with the mark in it is passed down (the type says string; the theme only
 * renders it).
 */
export default function DocSidebarItemLinkWrapper(props: Props): ReactNode {
  const [progress] = useStoredState(progressState);
  const {item} = props;
  const done = item.docId !== undefined && progress.completed[item.docId] !== undefined;
  if (!done) {
    return <Link {...props} />;
  }
  const label = (<LessonLabel label={item.label} done />) as unknown as string;
  return <Link {...props} item={{...item, label}} />;
}
