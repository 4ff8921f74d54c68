import { DatePicker, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../common/form-modal';
import { useRequired } from '../../common/use-required';
import { useAnnounce } from './project-queries';
import type { PurchaseProjectView } from './project-types';

/**
 * Publishes the purchase announcement (采购公告, R25) with the bid deadline: bids are taken until
 * then, by the database clock; the API refuses a deadline already past on its field.
 */
export function AnnounceModal(props: { project: PurchaseProjectView; onClose: () => void }) {
  const { project, onClose } = props;
  const { t } = useTranslation();
  const required = useRequired();
  const announce = useAnnounce(project.id);
  return (
    <FormModal<{ bidDeadline: Dayjs }, { bidDeadline: string }, PurchaseProjectView>
      name="announce"
      title={t('procurement.projects.announceTitle', { title: project.title })}
      okText={t('procurement.projects.announce')}
      mutation={announce}
      toBody={(values) => ({ bidDeadline: values.bidDeadline.toISOString() })}
      done={() => t('procurement.projects.announced', { title: project.title })}
      onClose={onClose}
    >
      <Form.Item
        name="bidDeadline"
        label={t('procurement.projects.bidDeadline')}
        extra={t('procurement.projects.bidDeadlineHelp')}
        rules={required}
      >
        <DatePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          className="full-width"
          disabledDate={(day) => day.isBefore(dayjs(), 'day')}
        />
      </Form.Item>
    </FormModal>
  );
}
