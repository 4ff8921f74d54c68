import type { BaseView, VenueView } from '@civic/contracts';
import type { IncubationBase } from './base.entity';
import type { Venue } from './venue.entity';

export function venueView(v: Venue, occupants: number): VenueView {
  return {
    id: v.id,
    baseId: v.baseId,
    name: v.name,
    areaM2: v.areaM2,
    capacity: v.capacity,
    shared: v.shared,
    monthlyRateFenPerM2: v.monthlyRateFenPerM2,
    occupants,
  };
}

export function baseView(b: IncubationBase, venues: VenueView[]): BaseView {
  return {
    id: b.id,
    name: b.name,
    level: b.level,
    countyCode: b.countyCode,
    address: b.address,
    contactName: b.contactName,
    contactPhone: b.contactPhoneMasked, // R30: masked in every list and view
    venues,
  };
}
