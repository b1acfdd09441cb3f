import React, {type ReactNode} from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {anchorOf} from '../shared/CalculatorForm';
import ExperimentSizeCalculatorView, {experimentPrefix, type ExperimentSizeCalculatorProps} from './Calculator';

/** The MDX <ExperimentSizeCalculator …/>: declares its anchor to the broken-anchor check, then renders. */
export default function ExperimentSizeCalculator(props: ExperimentSizeCalculatorProps): ReactNode {
  useBrokenLinks().collectAnchor(anchorOf(experimentPrefix(props.metric)));
  return <ExperimentSizeCalculatorView {...props} />;
}
