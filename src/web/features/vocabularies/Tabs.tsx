/**
 * ARIA tabs, one per vocabulary kind: arrow keys, Home and End move between
 * tabs (roving tabindex), the panel is labelled by its tab. The chosen kind
 * lives in the address, so a reload or a shared link opens the same tab.
 */
import { type KeyboardEvent, type ReactNode, useId, useRef } from 'react';

export interface Tab<T extends string> {
  value: T;
  label: string;
}

export interface TabsProps<T extends string> {
  label: string;
  tabs: Tab<T>[];
  selected: T;
  onSelect: (value: T) => void;
  children: ReactNode;
}

const STEPS: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

export function Tabs<T extends string>({ label, tabs, selected, onSelect, children }: TabsProps<T>) {
  const id = useId();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const tabId = (value: T) => `${id}-tab-${value}`;

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const step = STEPS[event.key];
    if (!step) return;
    event.preventDefault();
    const next = step(index, tabs.length);
    const tab = tabs[next];
    if (!tab) return;
    onSelect(tab.value);
    buttons.current[next]?.focus();
  };

  return (
    <>
      <div className="nav nav-tabs mb-4" role="tablist" aria-label={label}>
        {tabs.map((tab, index) => (
          <button
            key={tab.value}
            ref={(button) => {
              buttons.current[index] = button;
            }}
            id={tabId(tab.value)}
            type="button"
            role="tab"
            className={`nav-link${tab.value === selected ? ' active' : ''}`}
            aria-selected={tab.value === selected}
            aria-controls={`${id}-panel`}
            tabIndex={tab.value === selected ? 0 : -1}
            onClick={() => onSelect(tab.value)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div id={`${id}-panel`} role="tabpanel" aria-labelledby={tabId(selected)}>
        {children}
      </div>
    </>
  );
}
