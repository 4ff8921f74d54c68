import { type PaymentPage, PaymentsQuery, type RpcActor, validatePlain } from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import { authorize } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, FindOptionsWhere } from 'typeorm';
import { Payment } from './entities/payment.entity';
import { paymentView } from './payment.mapper';

/** Payments as finance staff look for them: awaiting a batch, in a batch, by status or fund. */
@Injectable()
export class PaymentQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(input: unknown, actor: RpcActor): Promise<PaymentPage> {
    authorize(actor, Permission.FINANCE_READ);
    const query = validatePlain(PaymentsQuery, input ?? {}, 'query');
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const where: FindOptionsWhere<Payment> = {
      ...(query.status ? { status: query.status } : {}),
      ...(query.fund ? { fund: query.fund } : {}),
      ...(query.batchId ? { batchId: query.batchId } : {}),
    };
    const repository = this.dataSource.getRepository(Payment);
    const [rows, total] = await repository.findAndCount({
      where,
      order: { requestedAt: 'ASC', id: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    const sum = await repository.sum('amountFen', where);
    return { items: rows.map(paymentView), total, totalFen: Number(sum ?? 0) };
  }
}
