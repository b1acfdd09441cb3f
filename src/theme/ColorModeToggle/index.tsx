import React, {type ReactNode} from 'react';
import ColorModeToggle from '@theme-original/ColorModeToggle';
import type ColorModeToggleType from '@theme/ColorModeToggle';
import type {WrapperProps} from '@docusaurus/types';
import {nextColorMode} from './nextColorMode';

type Props = WrapperProps<typeof ColorModeToggleType>;

/** The theme's toggle, whose first click always changes the colours (see nextColorMode). */
export default function ColorModeToggleWrapper(props: Props): ReactNode {
  if (!props.respectPrefersColorScheme) return <ColorModeToggle {...props} />;
  const onChange = () =>
    props.onChange(nextColorMode(props.value, window.matchMedia('(prefers-color-scheme: dark)').matches));
  return <ColorModeToggle {...props} onChange={onChange} />;
}
