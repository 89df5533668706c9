/** The welcome page's view of the content scripts' site access (utils/site-access.ts does the asking). */
import { hasSiteAccess, requestSiteAccess } from '@/utils/site-access';

export interface SiteAccess {
  granted(): Promise<boolean>;
  /** Must be called straight from the click: Firefox refuses a request after an `await`. */
  request(): Promise<boolean>;
}

export const browserSiteAccess: SiteAccess = {
  granted: () => hasSiteAccess(),
  request: () => requestSiteAccess(),
};
