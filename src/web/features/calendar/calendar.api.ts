/** A desk's calendar: openings derived from the weekly hours, closures (holidays, patron day, ad hoc), corrections. */
import type {
  ClosureDay,
  ClosureInput,
  DeskCalendar,
  DeskStatus,
  ExtraOpeningInput,
  OpeningAdjustment,
  OpeningWindow,
} from '../../../shared/schemas/queue';
import { api } from '../../api/client';

export const calendarQueryKey = (deskId: string) => ['calendar', deskId] as const;

export const getDeskStatus = (deskId: string) => api.get<DeskStatus>(`/api/desks/${deskId}/status`);
export const getCalendar = (deskId: string, from: string, to: string) =>
  api.get<DeskCalendar>(`/api/desks/${deskId}/calendar`, { from, to });
export const addClosure = (deskId: string, input: ClosureInput) =>
  api.post<ClosureDay>(`/api/desks/${deskId}/closures`, input);
export const removeClosure = (deskId: string, closureId: string) =>
  api.delete(`/api/desks/${deskId}/closures/${closureId}`);
export const addExtraOpening = (deskId: string, input: ExtraOpeningInput) =>
  api.post<OpeningWindow>(`/api/desks/${deskId}/openings/extra`, input);
export const adjustOpening = (deskId: string, input: OpeningAdjustment) =>
  api.post<OpeningWindow>(`/api/desks/${deskId}/openings/adjust`, input);
