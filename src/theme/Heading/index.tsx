import React, {type ComponentProps, type ReactNode} from 'react';
import Heading from '@theme-original/Heading';
import type HeadingType from '@theme/Heading';
import type {WrapperProps} from '@docusaurus/types';
import CopySectionLink from '@site/src/components/lesson/CopySectionLink';

type Props = WrapperProps<typeof HeadingType>;
type Level = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

/** The heading element with a copy-link button after the theme's own "#" link. */
function headingWithCopyLink(Tag: Level) {
  function HeadingWithCopyLink({children, ...props}: ComponentProps<Level>): ReactNode {
    return (
      <Tag {...props}>
        {children}
        {props.id && <CopySectionLink anchor={props.id} />}
      </Tag>
    );
  }
  return HeadingWithCopyLink;
}

const WITH_COPY_LINK: Record<Level, ReturnType<typeof headingWithCopyLink>> = {
  h2: headingWithCopyLink('h2'),
  h3: headingWithCopyLink('h3'),
  h4: headingWithCopyLink('h4'),
  h5: headingWithCopyLink('h5'),
  h6: headingWithCopyLink('h6'),
};

/**
 * Headings with an anchor also get a "Copy link to this section" button. The original renders
 * the element it is given as `as`, so passing an element that appends the button keeps the
 * theme's anchor, "#" link and broken-anchor checks untouched.
 */
export default function HeadingWrapper(props: Props): ReactNode {
  if (props.as === 'h1' || !props.id) {
    return <Heading {...props} />;
  }
  return <Heading {...props} as={WITH_COPY_LINK[props.as] as unknown as Props['as']} />;
}
