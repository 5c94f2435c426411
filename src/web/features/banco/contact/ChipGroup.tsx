/**
 * One choice among a few, as a row of chips: a fieldset named by its legend
 * and exposed as a radio group, each chip a button with role="radio" so it
 * is reached with Tab and chosen with Enter or Space (arrow keys move between
 * chips too). The chosen chip carries a check mark as well as its colour.
 * Optional groups let the chosen chip be pressed again to clear the choice.
 */
import { type KeyboardEvent, type Ref, useId } from 'react';
import { useFieldMessage } from '../../../components/form/fieldMessage';
import type { Choice } from './vocabulary';

export interface ChipGroupProps {
  legend: string;
  choices: Choice[];
  value: string | null | undefined;
  onChange: (value: string | null) => void;
  /** The first chip's ref: where react-hook-form puts focus on an error. */
  inputRef?: Ref<HTMLButtonElement>;
  error?: { message?: string };
  /** Pressing the chosen chip again clears the choice. */
  isOptional?: boolean;
  /** Prefix of each chip's data-testid (`${testId}-${value}`). */
  testId: string;
  /** Outcome-style: larger buttons in a row. */
  variant?: 'chips' | 'buttons';
  hint?: string;
  className?: string;
}

const ARROWS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

function moveFocus(event: KeyboardEvent<HTMLDivElement>) {
  const step = ARROWS[event.key];
  const isEdge = event.key === 'Home' || event.key === 'End';
  if (!step && !isEdge) return;
  const chips = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="radio"]')];
  const at = chips.indexOf(document.activeElement as HTMLButtonElement);
  if (at < 0) return;
  event.preventDefault();
  const next =
    event.key === 'Home'
      ? 0
      : event.key === 'End'
        ? chips.length - 1
        : (at + step! + chips.length) % chips.length;
  chips[next]?.focus();
}

export function ChipGroup({
  legend,
  choices,
  value,
  onChange,
  inputRef,
  error,
  isOptional = false,
  testId,
  variant = 'chips',
  hint,
  className,
}: ChipGroupProps) {
  const id = useId();
  const message = useFieldMessage(error);
  const describedBy = [hint && `${id}-hint`, message && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      className={`chip-group chip-group-${variant} ${className ?? 'mb-3'}`}
      // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a fieldset may be a radiogroup (ARIA in HTML); its legend names it
      role="radiogroup"
      aria-labelledby={`${id}-legend`}
      aria-describedby={describedBy}
      aria-invalid={message ? true : undefined}
      aria-required={isOptional ? undefined : true}
    >
      <legend id={`${id}-legend`} className="chip-group-legend">
        {legend}
      </legend>
      {hint && (
        <p id={`${id}-hint`} className="form-text mt-0 mb-1">
          {hint}
        </p>
      )}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: arrow keys between the chips inside */}
      <div className="chip-row" onKeyDown={moveFocus}>
        {choices.map((choice, index) => {
          const isChosen = choice.value === value;
          return (
            // biome-ignore lint/a11y/useSemanticElements: each chip is its own Tab stop (native radios make the group one), as the desk's keyboard flow needs
            <button
              key={choice.value}
              ref={index === 0 ? inputRef : undefined}
              type="button"
              role="radio"
              aria-checked={isChosen}
              className={`choice-chip${isChosen ? ' is-chosen' : ''}`}
              data-testid={`${testId}-${choice.value}`}
              onClick={() => onChange(isChosen && isOptional ? null : choice.value)}
            >
              <span className="choice-chip-mark" aria-hidden="true">
                {isChosen ? '✓' : ''}
              </span>
              {choice.label}
            </button>
          );
        })}
      </div>
      {message && (
        <div id={`${id}-error`} className="invalid-feedback d-block">
          {message}
        </div>
      )}
    </fieldset>
  );
}
