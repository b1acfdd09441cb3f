import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {useThemeConfig} from '@docusaurus/theme-common';

/** The site title on a phone: the whole one does not fit beside the menu button and the search box. */
export const SHORT_TITLE = 'ML System Design';

/**
 * The navbar's site title (swizzled from theme-classic's Navbar/Logo, which has no logo image here):
 * the whole title, and a shorter one that src/css/custom.css shows instead at phone width, so the
 * title is never cut or covered by the search box. Only the shown one is in the link's name.
 */
export default function NavbarLogo(): ReactNode {
  const {
    navbar: {title},
  } = useThemeConfig();
  return (
    <Link to={useBaseUrl('/')} className="navbar__brand">
      <b className="navbar__title text--truncate">
        <span className="navbar__title-full">{title}</span>
        <span className="navbar__title-short">{SHORT_TITLE}</span>
      </b>
    </Link>
  );
}
