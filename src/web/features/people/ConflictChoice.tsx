/**
 * After a version conflict (someone else saved first) the form keeps what
 * was typed and takes the fresh version: saving again replaces the other
 * operator's changes knowingly, or "reload" shows what they saved instead.
 */
import { Button } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { Notice } from '../../components/Notice';

export function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'conflict';
}

export function ConflictChoice({ error, onReload }: { error: unknown; onReload: () => void }) {
  const { t } = useTranslation();
  const [reloaded, setReloaded] = useState<unknown>(null);
  if (!isConflict(error)) return null;
  if (reloaded === error) {
    return (
      <Notice color="info" live>
        {t('people.conflictReloaded')}
      </Notice>
    );
  }
  return (
    <div className="alert alert-warning">
      <p>{t('people.conflictChoice')}</p>
      <Button
        type="button"
        color="primary"
        outline
        size="sm"
        onClick={() => {
          onReload();
          setReloaded(error);
        }}
      >
        {t('people.conflictReload')}
      </Button>
    </div>
  );
}
