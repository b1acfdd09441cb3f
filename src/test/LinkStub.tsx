import React, {type ReactNode} from 'react';

/** @docusaurus/Link needs the router; in unit tests a plain anchor shows the same href. */
export default function Link({to, children}: {to: string; children: ReactNode}): ReactNode {
  return <a href={to}>{children}</a>;
}
