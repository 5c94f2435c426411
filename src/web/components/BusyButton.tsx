/**
 * A button that stays focusable while its action runs: a disabled button
 * drops keyboard focus to <body>, so "busy" is aria-disabled and clicks are
 * ignored instead (for a submit button that also stops Enter re-submitting).
 */
import { Button, type ButtonProps } from 'design-react-kit';
import type { MouseEvent } from 'react';

export interface BusyButtonProps extends ButtonProps {
  isBusy: boolean;
}

export function BusyButton({
  isBusy,
  onClick,
  color = 'primary',
  type = 'submit',
  ...button
}: BusyButtonProps) {
  const guard = (event: MouseEvent<HTMLButtonElement>) => {
    if (isBusy) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  return <Button {...button} type={type} color={color} aria-disabled={isBusy || undefined} onClick={guard} />;
}
