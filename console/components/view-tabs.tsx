import { useStore } from '@nanostores/preact';
import { useRef } from 'preact/hooks';
import { nextTabIndex } from '../lib/next-tab-index';
import { $viewCounts } from '../stores/view-counts';
import { openView, VIEWS, type View } from '../stores/view';

/** The id of a view's tab. */
export const tabId = (view: View): string => `tab-${view}`;

/** The id of the element holding a view's name, which names both its tab and its panel. */
export const tabLabelId = (view: View): string => `tab-${view}-label`;

/** The id of a view's panel. */
export const panelId = (view: View): string => `panel-${view}`;

/**
 * The view switcher, per the WAI-ARIA tabs pattern: one tab stop (roving tabindex), arrows and
 * Home/End move and open, each tab named by its view with its count as the description. The shell
 * passes the current view so the tabs and the panel change in the same render.
 */
export function ViewTabs({ current }: { current: View }) {
  const counts = useStore($viewCounts);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent, index: number): void => {
    const next = nextTabIndex(event.key, index, VIEWS.length);
    if (next === null) return;
    event.preventDefault();
    openView(VIEWS[next].id);
    refs.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label="Views" class="tabs">
      {VIEWS.map(({ id, label }, index) => {
        const selected = id === current;
        const count = counts[id];
        return (
          <button
            key={id}
            ref={(el) => {
              refs.current[index] = el;
            }}
            type="button"
            role="tab"
            id={tabId(id)}
            class="tab"
            aria-selected={selected}
            aria-controls={selected ? panelId(id) : undefined}
            aria-labelledby={tabLabelId(id)}
            aria-describedby={count !== undefined ? `${tabId(id)}-count` : undefined}
            tabIndex={selected ? 0 : -1}
            onClick={() => openView(id)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            <span id={tabLabelId(id)}>{label}</span>
            {count !== undefined && (
              <span id={`${tabId(id)}-count`} class={id === 'waiting' && count > 0 ? 'count count-hot' : 'count'}>
                {count}
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}
