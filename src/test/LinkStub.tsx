import React, {type AnchorHTMLAttributes, type ReactNode} from 'react';

/** @docusaurus/Link needs the router; in unit tests a plain anchor shows the same href and attributes. */
export default function Link({to, children, ...rest}: {to: string; children: ReactNode} & AnchorHTMLAttributes<HTMLAnchorElement>): ReactNode {
  return (
    <a href={to} {...rest}>
      {children}
    </a>
  );
}
