import React, {type ReactNode} from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {anchorOf} from '../shared/CalculatorForm';
import LlmServingCalculatorView, {LLM_PREFIX, type LlmServingCalculatorProps} from './Calculator';

/** The MDX <LlmServingCalculator …/>: declares its anchor to the broken-anchor check, then renders. */
export default function LlmServingCalculator(props: LlmServingCalculatorProps): ReactNode {
  useBrokenLinks().collectAnchor(anchorOf(LLM_PREFIX));
  return <LlmServingCalculatorView {...props} />;
}
