import {createContext} from 'react';

/**
 * Set by a page whose content comes without a <main> element (the search plugin's results page),
 * so the layout wraps that content in one and the page keeps a main landmark.
 */
export const WrapContentInMain = createContext(false);
