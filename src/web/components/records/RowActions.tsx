/**
 * The buttons on a list row. Each visible label is short ("Edit"), so the
 * row's name follows it for screen readers ("Edit ASL TO5").
 */
import { Button } from 'design-react-kit';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function EditLink({ to, name, className }: { to: string; name: string; className?: string }) {
  const { t } = useTranslation();
  return (
    <Link className={`btn btn-outline-primary btn-xs${className ? ` ${className}` : ''}`} to={to}>
      {t('common.edit')}
      <span className="visually-hidden"> {name}</span>
    </Link>
  );
}

export interface RowActionButtonProps {
  name: string;
  onClick: () => void;
  children: ReactNode;
}

export function RowActionButton({ name, onClick, children }: RowActionButtonProps) {
  return (
    <Button type="button" color="primary" outline size="xs" onClick={onClick}>
      {children}
      <span className="visually-hidden"> {name}</span>
    </Button>
  );
}

/** Deactivate an active record, reactivate an inactive one (after the ActivationDialog's confirmation). */
export function ActivationButton({
  record,
  onClick,
}: {
  record: { name: string; isActive: boolean };
  onClick: () => void;
}) {
  const { t } = useTranslation();
  return (
    <RowActionButton name={record.name} onClick={onClick}>
      {record.isActive ? t('common.deactivate') : t('common.reactivate')}
    </RowActionButton>
  );
}
