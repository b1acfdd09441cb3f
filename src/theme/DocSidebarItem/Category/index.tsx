import React, {type ReactNode} from 'react';
import Category from '@theme-original/DocSidebarItem/Category';
import type CategoryType from '@theme/DocSidebarItem/Category';
import type {WrapperProps} from '@docusaurus/types';
import {SectionLabel} from '@site/src/components/site/SidebarProgress';
import {progressState} from '@site/src/lib/progress';
import {docIdsUnder} from '@site/src/lib/progressSummary';
import {useStoredState} from '@site/src/lib/storedState';

type Props = WrapperProps<typeof CategoryType>;

/**
 * Adds "done/total" to a sidebar section once the reader has completed any lesson. Wrapped, not
 * ejected: the label is passed down with the count in it. Categories with their own page keep a
 * plain label, because the theme also puts that one into a button's aria-label as text.
 */
export default function DocSidebarItemCategoryWrapper(props: Props): ReactNode {
  const [progress] = useStoredState(progressState);
  const {item} = props;
  const ids = docIdsUnder(item);
  const done = ids.filter((id) => progress.completed[id] !== undefined).length;
  if (Object.keys(progress.completed).length === 0 || ids.length === 0 || item.href !== undefined) {
    return <Category {...props} />;
  }
  const label = (<SectionLabel label={item.label} done={done} total={ids.length} />) as unknown as string;
  return <Category {...props} item={{...item, label}} />;
}
