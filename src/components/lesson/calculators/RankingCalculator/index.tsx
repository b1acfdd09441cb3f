import React, {type ReactNode} from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {anchorOf} from '../shared/CalculatorForm';
import RankingCalculatorView, {RANKING_PREFIX, type RankingCalculatorProps} from './Calculator';

/** The MDX <RankingCalculator …/>: declares its anchor to the broken-anchor check, then renders. */
export default function RankingCalculator(props: RankingCalculatorProps): ReactNode {
  useBrokenLinks().collectAnchor(anchorOf(RANKING_PREFIX));
  return <RankingCalculatorView {...props} />;
}
