/** Identifiers: UUIDv7, time-ordered so new rows land at the end of every index. */
import { v7 } from 'uuid';

export const newId = (): string => v7();
