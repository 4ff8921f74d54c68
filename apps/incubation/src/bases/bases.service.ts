import { randomUUID } from 'node:crypto';
import {
  type BaseView,
  type BasePage,
  BasesQuery,
  CreateBaseDto,
  CreateVenueDto,
  IdRef,
  pageWindow,
  type RpcActor,
  type VenueView,
  validatePlain,
} from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import { AuditTrail } from '@civic/platform/audit';
import { PersonalDataCipher, sealPhone } from '@civic/platform/pii';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { authorizeBase, authorizeCohortReader, isBaseBound } from '../access';
import { IncubationBase } from './base.entity';
import { baseView, venueView } from './base.mapper';
import { BasesRepository } from './bases.repository';
import { Venue } from './venue.entity';

/**
 * Incubation bases and their venues (R15). Officers set bases up; a base's staff (or an officer)
 * add its venues, shared ones hosting several organizations (R4). Audited (R31).
 */
@Injectable()
export class BasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly repository: BasesRepository,
    private readonly cipher: PersonalDataCipher,
  ) {}

  async create(input: unknown, actor: RpcActor): Promise<BaseView> {
    authorize(actor, Permission.INCUBATION_BASE_MANAGE);
    const dto = validatePlain(CreateBaseDto, input, 'base');
    return this.dataSource.transaction(async (manager) => {
      // R30: the phone is stored sealed, and shown masked.
      const phone = sealPhone(this.cipher, dto.contactPhone);
      const base = manager.create(IncubationBase, {
        id: randomUUID(),
        ...dto,
        contactPhone: phone.cipher,
        contactPhoneMasked: phone.masked,
      });
      await manager.insert(IncubationBase, base);
      await this.audit.record(manager, {
        actor,
        action: 'incubation-base.created',
        entityType: 'incubation-base',
        entityId: base.id,
        after: base,
      });
      return baseView(base, []);
    });
  }

  async addVenue(baseId: string, input: unknown, actor: RpcActor): Promise<VenueView> {
    validatePlain(IdRef, { id: baseId }, 'base');
    authorizeVenueManager(actor, baseId);
    const dto = validatePlain(CreateVenueDto, input, 'venue');
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(IncubationBase, { id: baseId }))) {
        throw ServiceError.notFound('incubation base', baseId);
      }
      const venue = manager.create(Venue, { id: randomUUID(), baseId, ...dto });
      await manager.insert(Venue, venue);
      await this.audit.record(manager, {
        actor,
        action: 'venue.created',
        entityType: 'venue',
        entityId: venue.id,
        after: venue,
      });
      return venueView(venue, 0);
    });
  }

  /** Bases with their venues; staff see their own base. */
  async list(input: unknown, actor: RpcActor): Promise<BasePage> {
    authorizeCohortReader(actor);
    const query = validatePlain(BasesQuery, input ?? {}, 'query');
    const { countyCode } = query;
    const { page, pageSize, skip, take } = pageWindow(query);
    const where = {
      ...(countyCode ? { countyCode } : {}),
      ...(isBaseBound(actor) ? { id: actor.baseId ?? '00000000-0000-0000-0000-000000000000' } : {}),
    };
    const manager = this.dataSource.manager;
    const [bases, total] = await manager.findAndCount(IncubationBase, {
      where,
      order: { name: 'ASC', id: 'ASC' },
      skip,
      take,
    });
    const venues = await this.venuesOf(
      manager,
      bases.map((b) => b.id),
    );
    const items = bases.map((b) =>
      baseView(
        b,
        venues.filter((v) => v.baseId === b.id),
      ),
    );
    return { items, total, page, pageSize };
  }

  /** Venues of some bases, each with how many organizations it hosts now. */
  private async venuesOf(manager: EntityManager, baseIds: string[]): Promise<VenueView[]> {
    if (baseIds.length === 0) return [];
    const venues = await this.repository.venuesOf(manager, baseIds);
    const occupants = await this.repository.occupants(
      manager,
      venues.map((v) => v.id),
    );
    return venues.map((v) => venueView(v, occupants.get(v.id) ?? 0));
  }
}

function authorizeVenueManager(actor: RpcActor, baseId: string): void {
  try {
    authorize(actor, Permission.INCUBATION_BASE_MANAGE);
  } catch {
    authorizeBase(actor, baseId);
  }
}
