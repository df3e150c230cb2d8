import type { ComponentChildren } from 'preact';
import type { View } from '../stores/view';
import { panelId, tabLabelId } from './view-tabs';

/** The tab panel of one view, named by its tab. */
export function ViewPanel({ view, class: className, children }: { view: View; class: string; children: ComponentChildren }) {
  return (
    <div role="tabpanel" id={panelId(view)} aria-labelledby={tabLabelId(view)} class={className}>
      {children}
    </div>
  );
}
