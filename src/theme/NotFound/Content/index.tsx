import React, {useEffect, useState, type ReactNode} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useLocation} from '@docusaurus/router';
import NotFound from '@site/src/components/site/NotFound';
import {suggestLessons} from '@site/src/components/site/NotFound/suggest';
import type {HomeSection, LessonLink} from '../../../../plugins/lesson-catalog/home';
// Written by plugins/lesson-catalog; it lands in this page's own chunk, not in what every page loads.
import lessonLinks from '@generated/lesson-catalog/default/lessonLinks.json';

const {sections, lessons} = lessonLinks as {sections: HomeSection[]; lessons: LessonLink[]};

/**
 * Replaces the theme's 404 content (build/404.html, served with status 404 for any unknown address).
 * The built page cannot know the missing address, so the close lessons are found in the browser.
 */
export default function NotFoundContent(): ReactNode {
  const {pathname} = useLocation();
  const {siteConfig} = useDocusaurusContext();
  const searchAction = useBaseUrl('/search');
  const [suggestions, setSuggestions] = useState<LessonLink[]>();
  useEffect(() => {
    setSuggestions(suggestLessons(pathname, lessons, siteConfig.baseUrl));
  }, [pathname, siteConfig.baseUrl]);
  return <NotFound sections={sections} suggestions={suggestions} searchAction={searchAction} />;
}
