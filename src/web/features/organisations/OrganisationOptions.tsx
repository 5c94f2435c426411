/** The organisations as the options of a select, by name; the caller adds any "choose" or "all" option first. */
import type { OrganisationView } from '../../../shared/schemas/accounts';

export function OrganisationOptions({ organisations }: { organisations: OrganisationView[] }) {
  return organisations.map((organisation) => (
    <option key={organisation.id} value={organisation.id}>
      {organisation.name}
    </option>
  ));
}
