import React, {useContext, type ReactNode} from 'react';
import Layout from '@theme-original/Layout';
import type LayoutType from '@theme/Layout';
import type {WrapperProps} from '@docusaurus/types';
import {WrapContentInMain} from './MainLandmark';

type Props = WrapperProps<typeof LayoutType>;

/** The theme's layout; content of a page that asks for it (see MainLandmark) goes in <main>. */
export default function LayoutWrapper({children, ...props}: Props): ReactNode {
  const wrapInMain = useContext(WrapContentInMain);
  return <Layout {...props}>{wrapInMain ? <main>{children}</main> : children}</Layout>;
}
