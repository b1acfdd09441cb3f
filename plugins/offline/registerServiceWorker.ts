// Client module (production builds only, see index.ts): registers the offline service worker.
import siteConfig from '@generated/docusaurus.config';
import {registerWhenIdle} from './registerWhenIdle';

if (process.env.NODE_ENV === 'production' && typeof window !== 'undefined') {
  registerWhenIdle(window, siteConfig.baseUrl);
}
