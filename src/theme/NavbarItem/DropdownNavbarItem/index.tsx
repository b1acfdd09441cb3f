import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import {useLocation} from '@docusaurus/router';
import {isRegexpStringMatch} from '@docusaurus/theme-common';
import DropdownNavbarItem from '@theme-original/NavbarItem/DropdownNavbarItem';
import type {Props} from '@theme/NavbarItem/DropdownNavbarItem';

/**
 * The theme never highlights a dropdown's own label on the desktop navbar, so on a practice page no
 * item looked current. With `activeBaseRegex` in its config, the label is highlighted on the pages
 * it matches, as a plain navbar link is. (The phone menu already opens the dropdown and marks its item.)
 */
export default function DropdownNavbarItemWrapper(props: Props): ReactNode {
  const {pathname} = useLocation();
  const active = !props.mobile && isRegexpStringMatch(props.activeBaseRegex, pathname);
  return <DropdownNavbarItem {...props} className={clsx(props.className, active && 'navbar__link--active')} />;
}
