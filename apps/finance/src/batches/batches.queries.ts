import {
  type BatchPage,
  BatchesQuery,
  IdRef,
  type BatchView,
  type RpcActor,
  validatePlain,
} from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { batchView } from './batch.mapper';
import { DisbursementBatch } from './entities/disbursement-batch.entity';

/** Batches, newest first, with their progress. */
@Injectable()
export class BatchesQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(input: unknown, actor: RpcActor): Promise<BatchPage> {
    authorize(actor, Permission.FINANCE_READ);
    const query = validatePlain(BatchesQuery, input ?? {}, 'query');
    const pageSize = query.pageSize ?? 20;
    const [rows, total] = await this.dataSource.getRepository(DisbursementBatch).findAndCount({
      where: query.status ? { status: query.status } : {},
      order: { createdAt: 'DESC' },
      skip: ((query.page ?? 1) - 1) * pageSize,
      take: pageSize,
    });
    return { items: rows.map(batchView), total };
  }

  async get(input: unknown, actor: RpcActor): Promise<BatchView> {
    authorize(actor, Permission.FINANCE_READ);
    const { id } = validatePlain(IdRef, input, 'batch');
    const batch = await this.dataSource.getRepository(DisbursementBatch).findOneBy({ id });
    if (!batch) throw ServiceError.notFound('batch', id);
    return batchView(batch);
  }
}
