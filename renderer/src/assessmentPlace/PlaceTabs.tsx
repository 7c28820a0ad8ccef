import { useImperativeHandle, useRef, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { PLACE_TABS, type PlaceTab } from './placeTabs';

export interface PlaceTabsHandle {
  /** Puts focus back on the selected tab (after its panel mounted and took focus). */
  focusSelected: () => void;
}

interface PlaceTabsProps {
  /** Prefix for the ids that tie each tab to its panel. */
  idBase: string;
  selected: PlaceTab;
  onSelect: (tab: PlaceTab) => void;
  ref?: Ref<PlaceTabsHandle>;
}

export function tabId(idBase: string, tab: PlaceTab): string {
  return `${idBase}-tab-${tab}`;
}

export function panelId(idBase: string, tab: PlaceTab): string {
  return `${idBase}-panel-${tab}`;
}

/**
 * The WAI-ARIA tabs pattern with automatic activation: arrow keys move to the neighbouring tab
 * and show it (mirrored in a right-to-left language), Home and End go to the first and last, and
 * only the selected tab is in the Tab order.
 */
export function PlaceTabs({ idBase, selected, onSelect, ref }: PlaceTabsProps) {
  const { t, i18n } = useTranslation();
  const buttons = useRef(new Map<PlaceTab, HTMLButtonElement>());
  useImperativeHandle(ref, () => ({ focusSelected: () => buttons.current.get(selected)?.focus() }), [
    selected,
  ]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = PLACE_TABS.indexOf(selected);
    const forward = i18n.dir() === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = forward === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft';
    const last = PLACE_TABS.length - 1;
    const target =
      event.key === forward
        ? (index + 1) % PLACE_TABS.length
        : event.key === backward
          ? (index + last) % PLACE_TABS.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    const tab = target === null ? undefined : PLACE_TABS[target];
    if (!tab) return;
    event.preventDefault();
    buttons.current.get(tab)?.focus();
    onSelect(tab);
  };

  return (
    <div
      role="tablist"
      aria-label={t('assessmentPlace.tabsLabel')}
      className="place-tabs"
      onKeyDown={onKeyDown}
    >
      {PLACE_TABS.map((tab) => (
        <button
          key={tab}
          ref={(element) => {
            if (element) buttons.current.set(tab, element);
            else buttons.current.delete(tab);
          }}
          type="button"
          role="tab"
          id={tabId(idBase, tab)}
          className="place-tabs__tab"
          aria-selected={tab === selected}
          // Only the selected tab's panel is mounted; the others would name an element that is not there.
          aria-controls={tab === selected ? panelId(idBase, tab) : undefined}
          tabIndex={tab === selected ? 0 : -1}
          data-testid={`place-tab-${tab}`}
          onClick={() => onSelect(tab)}
        >
          {t(`assessmentPlace.tabs.${tab}`)}
        </button>
      ))}
    </div>
  );
}
