/**
 * A Bootstrap Italia alert box for information that is not an error: static
 * (part of the page), or `live` when it appears after an action and should
 * be announced politely. Errors use ErrorAlert (role="alert").
 */
import type { ReactNode } from 'react';

export function Notice({
  color = 'info',
  live = false,
  children,
  className,
}: {
  color?: 'info' | 'success' | 'warning';
  live?: boolean;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className={`alert alert-${color} ${className ?? ''}`} role={live ? 'status' : undefined}>
      {children}
    </div>
  );
}
