import type { ViolationMapping } from '../common/form-violations';
import { parseYuan } from '../common/yuan-input';
import type { CreateVenueDto } from '../api/types';

/** The values with every text trimmed (the API counts what is left). */
export function trimmed<T extends object>(values: T): T {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [
      key,
      typeof value === 'string' ? value.trim() : value,
    ]),
  ) as T;
}

export interface VenueFormValues extends Omit<CreateVenueDto, 'monthlyRateFenPerM2'> {
  monthlyRateYuanPerM2: string;
}

/** The rent is typed in yuan per m² and month, and sent as integer fen (R26). */
export function toVenueDto({ monthlyRateYuanPerM2, ...values }: VenueFormValues): CreateVenueDto {
  return { ...trimmed(values), monthlyRateFenPerM2: parseYuan(monthlyRateYuanPerM2)! };
}

export const VENUE_MAPPING: ViolationMapping = {
  aliases: { monthlyRateFenPerM2: 'monthlyRateYuanPerM2' },
};
