import React, {type ReactNode} from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {anchorOf} from '../shared/CalculatorForm';
import ThresholdCalculatorView, {THRESHOLD_PREFIX, type ThresholdCalculatorProps} from './Calculator';

/** The MDX <ThresholdCalculator …/>: declares its anchor to the broken-anchor check, then renders. */
export default function ThresholdCalculator(props: ThresholdCalculatorProps): ReactNode {
  useBrokenLinks().collectAnchor(anchorOf(THRESHOLD_PREFIX));
  return <ThresholdCalculatorView {...props} />;
}
