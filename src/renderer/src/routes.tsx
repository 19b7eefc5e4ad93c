/**
 * The case screen's views and their addresses (hash routes: #/sources/…). One table for the router and
 * the sidebar: a route with `nav` appears in the sidebar in this order; the others are reached by links
 * (a source at #/sources/<id>, a span in it at #/sources/<id>/at/<start>/<end>, a person at
 * #/people/<id>, an event on the timeline at #/timeline/<id>).
 */
import type { ComponentType } from 'react';
import { AllegationEditor } from './screens/AllegationEditor';
import { AllegationsView } from './screens/AllegationsView';
import { AsylumView } from './screens/AsylumView';
import { CopiesView } from './screens/CopiesView';
import { CustodyView } from './screens/CustodyView';
import { DestroyView } from './screens/DestroyView';
import { ExportScreen } from './screens/ExportScreen';
import { OverviewView } from './screens/OverviewView';
import { PeopleView } from './screens/PeopleView';
import { SettingsView } from './screens/SettingsView';
import { SourcesView } from './screens/SourcesView';
import { SourceView } from './screens/SourceView';
import { SuggestionsView } from './screens/SuggestionsView';
import { TestimonyView } from './screens/TestimonyView';
import { TimelineView } from './screens/TimelineView';

export interface CaseRoute {
  /** wouter pattern, relative to the hash: '/sources/:id'. */
  path: string;
  // Route components read their params with wouter's useParams.
  component: ComponentType;
  /** Sidebar entry; the entry is active on its path and everything below it. */
  nav?: string;
}

export const ROUTES: CaseRoute[] = [
  { path: '/', nav: 'Overview', component: OverviewView },
  { path: '/sources', nav: 'Sources', component: SourcesView },
  { path: '/sources/:id', component: SourceView },
  { path: '/sources/:id/at/:start/:end', component: SourceView },
  { path: '/suggestions', nav: 'Suggestions', component: SuggestionsView },
  { path: '/testimony', nav: 'Testimony', component: TestimonyView },
  { path: '/people', nav: 'People', component: PeopleView },
  { path: '/people/:id', component: PeopleView },
  { path: '/allegations', nav: 'Allegations', component: AllegationsView },
  { path: '/allegations/new', component: AllegationEditor },
  { path: '/allegations/:id', component: AllegationEditor },
  { path: '/timeline', nav: 'Timeline', component: TimelineView },
  { path: '/timeline/:id', component: TimelineView },
  { path: '/asylum', nav: 'Asylum', component: AsylumView },
  { path: '/export', nav: 'Export', component: ExportScreen },
  { path: '/copies', nav: 'Backup and hand-over', component: CopiesView },
  { path: '/custody', nav: 'Custody log', component: CustodyView },
  { path: '/settings', nav: 'Settings', component: SettingsView },
  { path: '/settings/destroy', component: DestroyView },
];

/** Whether sidebar entry `path` is the current section at `location`. */
export function isCurrent(path: string, location: string): boolean {
  return path === '/' ? location === '/' : location === path || location.startsWith(`${path}/`);
}
