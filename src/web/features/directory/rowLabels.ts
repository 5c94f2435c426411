/** The legend-and-button wording of a repeatable group, from its keys in the `directory` namespace. */
import type { TFunction } from 'i18next';

export const rowLabels = (t: TFunction, group: string, legendKey: string) => ({
  legend: t(`directory.${legendKey}`),
  rowName: (number: number) => t(`directory.${group}.row`, { number }),
  addLabel: t(`directory.${group}.add`),
  removeLabel: (number: number) => t(`directory.${group}.remove`, { number }),
});
