// The content script is a list of small features. Each says on which kinds of amazon.jobs page it
// runs and starts with a signal that aborts when the page changes (client-side navigation) or
// the extension goes away; everything a feature starts must stop on that signal.
import type { PageKind } from '../../core/posting';
import type { PageCache } from './page-cache';

export interface FeatureContext {
  signal: AbortSignal;
  kind: PageKind;
  /** The URL the feature was started for. */
  url: string;
  cache: PageCache;
}

export interface PageFeature {
  id: string;
  runsOn(kind: PageKind): boolean;
  init(context: FeatureContext): void;
}
