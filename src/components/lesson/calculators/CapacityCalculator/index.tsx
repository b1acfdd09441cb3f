import React, {type ReactNode} from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {anchorOf} from '../shared/CalculatorForm';
import CapacityCalculatorView, {CAPACITY_PREFIX, type CapacityCalculatorProps} from './Calculator';

/** The MDX <CapacityCalculator …/>: declares its anchor to the broken-anchor check, then renders. */
export default function CapacityCalculator(props: CapacityCalculatorProps): ReactNode {
  useBrokenLinks().collectAnchor(anchorOf(CAPACITY_PREFIX));
  return <CapacityCalculatorView {...props} />;
}
