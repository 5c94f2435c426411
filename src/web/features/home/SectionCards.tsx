/** Cards for the sections a person's permissions open (administration, audit trail), in titled groups. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Section } from '../../app/navigation';

export function SectionCards({ sections }: { sections: Section[] }) {
  const { t } = useTranslation();
  return (
    <ul className="row list-unstyled g-4">
      {sections.map((section) => (
        <li key={section.path} className="col-12 col-md-6 col-lg-4">
          <div className="card card-bg h-100 shadow-sm">
            <div className="card-body">
              <h3 className="card-title h5">
                <Link to={section.path}>{t(section.labelKey)}</Link>
              </h3>
              <p className="card-text">{t(`${section.labelKey}Description`)}</p>
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}

/** A titled group of section cards ("Administration"); nothing at all when none of its sections is open. */
export function SectionGroup({ id, title, sections }: { id: string; title: string; sections: Section[] }) {
  if (sections.length === 0) return null;
  return (
    <section className="mt-5" aria-labelledby={id}>
      <h2 id={id} className="h3">
        {title}
      </h2>
      <SectionCards sections={sections} />
    </section>
  );
}
