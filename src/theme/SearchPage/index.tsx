import React, {type ReactNode} from 'react';
import SearchPage from '@theme-original/SearchPage';
import {WrapContentInMain} from '../Layout/MainLandmark';

/** The search plugin's results page, with its content in a main landmark like every other page. */
export default function SearchPageWrapper(): ReactNode {
  return (
    <WrapContentInMain.Provider value>
      <SearchPage />
    </WrapContentInMain.Provider>
  );
}
