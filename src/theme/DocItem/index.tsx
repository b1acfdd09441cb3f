import React, {type ReactNode} from 'react';
import DocItem from '@theme-original/DocItem';
import type DocItemType from '@theme/DocItem';
import type {WrapperProps} from '@docusaurus/types';
import type {LessonPageData} from '../../../plugins/lessons/pageData';
import {LessonProvider} from './LessonContext';

type Props = WrapperProps<typeof DocItemType> & {lesson?: LessonPageData};

/** Hands the route prop that the lessons plugin attaches to every lesson down to the content. */
export default function DocItemWrapper({lesson, ...props}: Props): ReactNode {
  return (
    <LessonProvider value={lesson ?? null}>
      <DocItem {...props} />
    </LessonProvider>
  );
}
